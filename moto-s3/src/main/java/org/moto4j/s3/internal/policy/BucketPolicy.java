package org.moto4j.s3.internal.policy;

import java.util.Objects;
import org.moto4j.core.policy.Effect;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.Statement;
import org.moto4j.s3.BucketConfigurations.Kind;

/**
 * A bucket's policy: the text as it was put (GetBucketPolicy answers it unchanged) and the parsed
 * document, with whether AWS counts it public.
 */
public record BucketPolicy(String json, PolicyDocument document, boolean isPublic) {

  /** Where a bucket keeps its policy. */
  public static final Kind<BucketPolicy> KIND = new Kind<>("policy", BucketPolicy.class);

  public BucketPolicy {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(document, "document");
  }

  /** Whether the policy has a Deny statement: only then can it refuse a request by itself. */
  public boolean hasDeny() {
    for (Statement statement : document.statements()) {
      if (statement.effect() == Effect.DENY) {
        return true;
      }
    }
    return false;
  }
}
