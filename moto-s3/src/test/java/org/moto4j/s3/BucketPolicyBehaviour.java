package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Bucket policies through the SDK: validated with S3's MalformedPolicy messages, answered as put,
 * their public status, BlockPublicPolicy, and explicit Deny statements that refuse another
 * account's object requests even without IAM enforcement.
 */
abstract class BucketPolicyBehaviour extends TwoAccountFixture {

  @BeforeEach
  void buckets() {
    s3.createBucket(b -> b.bucket("enforced"));
    s3.createBucket(b -> b.bucket("acls").objectOwnership(ObjectOwnership.OBJECT_WRITER));
    s3.deletePublicAccessBlock(b -> b.bucket("acls"));
  }

  @Test
  void a_bucket_policy_is_answered_as_put_and_its_status_tells_if_public() {
    String policy = policy("Allow", S3TestServer.ANOTHER_ACCOUNT, "acls");
    s3.putBucketPolicy(b -> b.bucket("acls").policy(policy).confirmRemoveSelfBucketAccess(true));
    assertThat(s3.getBucketPolicy(b -> b.bucket("acls")).policy()).isEqualTo(policy);
    assertThat(s3.getBucketPolicyStatus(b -> b.bucket("acls")).policyStatus().isPublic()).isFalse();
    s3.putBucketPolicy(b -> b.bucket("acls").policy(policy("Allow", "*", "acls")));
    assertThat(s3.getBucketPolicyStatus(b -> b.bucket("acls")).policyStatus().isPublic()).isTrue();
    s3.deleteBucketPolicy(b -> b.bucket("acls"));
    assertThatThrownBy(() -> s3.getBucketPolicy(b -> b.bucket("acls")))
        .isInstanceOf(S3Exception.class);
  }

  @Test
  void block_public_policy_refuses_a_public_policy_but_not_an_account_one() {
    assertThatThrownBy(
            () ->
                s3.putBucketPolicy(
                    b -> b.bucket("enforced").policy(policy("Allow", "*", "enforced"))))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            });
    s3.putBucketPolicy(
        b ->
            b.bucket("enforced").policy(policy("Allow", S3TestServer.ANOTHER_ACCOUNT, "enforced")));
  }

  @Test
  void a_malformed_policy_answers_s3s_message() {
    assertMalformed("not json", "Policies must be valid JSON and the first byte must be '{'");
    assertMalformed("{\"Version\": ", "This policy contains invalid Json");
    assertMalformed(policy("Allow", "not-a-principal", "acls"), "Invalid principal in policy");
    assertMalformed(policy("Allow", "*", "another-bucket"), "Policy has invalid resource");
    assertMalformed(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::acls\"}]}",
        "Action does not apply to any resource(s) in statement");
  }

  @Test
  void an_explicit_deny_refuses_object_requests_of_the_principal_it_names() {
    s3.putObject(b -> b.bucket("acls").key("k"), RequestBody.fromString("data"));
    s3.putBucketPolicy(
        b ->
            b.bucket("acls")
                .policy(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
                        + "\"Principal\":{\"AWS\":\""
                        + S3TestServer.ANOTHER_ACCOUNT
                        + "\"},\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],"
                        + "\"Resource\":\"arn:aws:s3:::acls/*\"}]}"));
    assertThatThrownBy(() -> other.getObjectAsBytes(b -> b.bucket("acls").key("k")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            });
    assertThatThrownBy(
            () ->
                other.putObject(
                    b -> b.bucket("acls").key("k"), RequestBody.fromString("overwritten")))
        .isInstanceOf(S3Exception.class);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("acls").key("k")).asUtf8String())
        .isEqualTo("data");
  }

  private void assertMalformed(String policy, String message) {
    assertThatThrownBy(() -> s3.putBucketPolicy(b -> b.bucket("acls").policy(policy)))
        .as(policy)
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicy");
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }

  private static String policy(String effect, String principal, String bucket) {
    return AccessBehaviour.policy(effect, principal, bucket);
  }
}
