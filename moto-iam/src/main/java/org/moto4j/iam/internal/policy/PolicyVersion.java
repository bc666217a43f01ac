package org.moto4j.iam.internal.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a managed policy.
 *
 * @param versionId {@code v1}, {@code v2}…, never reused within a policy
 * @param document the policy document, exactly as given
 * @param createDate when the version was created
 */
public record PolicyVersion(String versionId, String document, Instant createDate) {

  public PolicyVersion {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(createDate, "createDate");
  }
}
