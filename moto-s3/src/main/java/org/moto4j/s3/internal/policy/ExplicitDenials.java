package org.moto4j.s3.internal.policy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.moto4j.core.AccountContext;
import org.moto4j.core.policy.ApplicablePolicies;
import org.moto4j.core.policy.AuthorizationRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.policy.Decision;
import org.moto4j.core.policy.PolicyEvaluator;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.S3Request;

/**
 * moto's rule, kept when IAM enforcement is off: a bucket policy's explicit Deny applies to object
 * requests. Evaluates only the policy's statements for the caller's principal, the operation's
 * action and the object's ARN. A bucket without a policy (or one without Deny) costs one lookup.
 */
@Singleton
public final class ExplicitDenials {

  private static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("HeadObject", "s3:GetObject"),
          Map.entry("CopyObject", "s3:PutObject"),
          Map.entry("CreateMultipartUpload", "s3:PutObject"),
          Map.entry("UploadPart", "s3:PutObject"),
          Map.entry("UploadPartCopy", "s3:PutObject"),
          Map.entry("CompleteMultipartUpload", "s3:PutObject"),
          Map.entry("ListParts", "s3:ListMultipartUploadParts"),
          Map.entry("SelectObjectContent", "s3:GetObject"),
          Map.entry("RenameObject", "s3:PutObject"));

  private final BucketNamespace namespace;

  @Inject
  public ExplicitDenials(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  /**
   * Refuses an object request the bucket policy explicitly denies.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied}
   */
  public void check(S3Request request, AccountContext context) {
    if (request.key() == null || request.bucket() == null) {
      return;
    }
    Bucket bucket = namespace.find(request.bucket()).orElse(null);
    if (bucket != null) {
      checkObject(bucket, request.key(), actionOf(request), context);
    }
  }

  /**
   * Refuses an action on an object the bucket policy explicitly denies: for requests whose key is
   * known only later (a POST upload names it in its form).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied}
   */
  public static void checkObject(Bucket bucket, String key, String action, AccountContext context) {
    BucketPolicy policy = bucket.configurations().get(BucketPolicy.KIND).orElse(null);
    if (policy == null || !policy.hasDeny()) {
      return;
    }
    String resource = "arn:" + context.partition() + ":s3:::" + bucket.name() + "/" + key;
    if (denies(policy, principalFor(context), action, resource, bucket)) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
  }

  static boolean denies(
      BucketPolicy policy,
      RequestPrincipal principal,
      String action,
      String resource,
      Bucket bucket) {
    AuthorizationRequest.Builder builder =
        AuthorizationRequest.builder(principal)
            .action(action)
            .resource(resource)
            .resourceAccount(bucket.owner().value());
    if (principal.accountId() != null) {
      builder
          .context("aws:PrincipalArn", ContextValue.string(principal.arn()))
          .context("aws:PrincipalAccount", ContextValue.string(principal.accountId()));
    }
    PolicySource source = new PolicySource("BucketPolicy", "resource", policy.document());
    return PolicyEvaluator.evaluate(
                builder.build(), ApplicablePolicies.identity(List.of()).withResource(source))
            .decision()
        == Decision.EXPLICIT_DENY;
  }

  private static RequestPrincipal principalFor(AccountContext context) {
    return Callers.principalOf(context);
  }

  /** The IAM action of an object operation: mostly its name, with a few AWS renames. */
  static String actionOf(S3Request request) {
    String operation = request.operation();
    boolean versioned = request.queryParameter("versionId") != null;
    String action = ACTIONS.getOrDefault(operation, "s3:" + operation);
    if (versioned
        && (action.equals("s3:GetObject")
            || action.equals("s3:DeleteObject")
            || action.equals("s3:GetObjectAcl")
            || action.equals("s3:PutObjectAcl")
            || action.equals("s3:GetObjectTagging")
            || action.equals("s3:PutObjectTagging")
            || action.equals("s3:DeleteObjectTagging"))) {
      int at = action.indexOf("Object") + "Object".length();
      return action.substring(0, at) + "Version" + action.substring(at);
    }
    return action;
  }
}
