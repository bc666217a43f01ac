package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.AccessControlPolicy;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.GetBucketAclResponse;
import software.amazon.awssdk.services.s3.model.GetObjectAclResponse;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Grantee;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Type;

/**
 * ACLs, Object Ownership and Block Public Access through the SDK, in both accounts: new buckets
 * disable ACLs and block public access as AWS's do since April 2023; a bucket that enables ACLs
 * takes canned ACLs and grants by canonical id; the settings are the bucket owner's alone.
 */
abstract class AccessBehaviour extends TwoAccountFixture {

  static final String OWNER_ID = CanonicalIds.of(AccountId.DEFAULT);
  static final String OTHER_ID = CanonicalIds.of(AccountId.of(S3TestServer.ANOTHER_ACCOUNT));

  @BeforeEach
  void buckets() {
    s3.createBucket(b -> b.bucket("enforced"));
    s3.createBucket(b -> b.bucket("acls").objectOwnership(ObjectOwnership.OBJECT_WRITER));
    s3.deletePublicAccessBlock(b -> b.bucket("acls"));
  }

  @Test
  void a_new_bucket_disables_acls_and_blocks_public_access() {
    assertThat(
            s3.getBucketOwnershipControls(b -> b.bucket("enforced"))
                .ownershipControls()
                .rules()
                .get(0)
                .objectOwnership())
        .isEqualTo(ObjectOwnership.BUCKET_OWNER_ENFORCED);
    PublicAccessBlockConfiguration block =
        s3.getPublicAccessBlock(b -> b.bucket("enforced")).publicAccessBlockConfiguration();
    assertThat(block.blockPublicAcls()).isTrue();
    assertThat(block.ignorePublicAcls()).isTrue();
    assertThat(block.blockPublicPolicy()).isTrue();
    assertThat(block.restrictPublicBuckets()).isTrue();
    GetBucketAclResponse acl = s3.getBucketAcl(b -> b.bucket("enforced"));
    assertThat(acl.owner().id()).isEqualTo(OWNER_ID);
    assertThat(acl.grants())
        .singleElement()
        .satisfies(
            grant -> {
              assertThat(grant.grantee().id()).isEqualTo(OWNER_ID);
              assertThat(grant.grantee().type()).isEqualTo(Type.CANONICAL_USER);
              assertThat(grant.permission()).isEqualTo(Permission.FULL_CONTROL);
            });
  }

  @Test
  void a_bucket_that_disables_acls_refuses_them_but_takes_the_owners_full_control() {
    assertThatThrownBy(
            () -> s3.putBucketAcl(b -> b.bucket("enforced").acl(BucketCannedACL.PUBLIC_READ)))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode())
                  .isEqualTo("AccessControlListNotSupported");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("The bucket does not allow ACLs");
            });
    assertThatThrownBy(
            () ->
                s3.putObject(
                    b -> b.bucket("enforced").key("k").acl(ObjectCannedACL.AUTHENTICATED_READ),
                    RequestBody.fromString("x")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e ->
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("AccessControlListNotSupported"));
    assertThat(s3.listObjectsV2(b -> b.bucket("enforced")).contents()).isEmpty();
    s3.putObject(
        b -> b.bucket("enforced").key("k").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL),
        RequestBody.fromString("x"));
    s3.putBucketAcl(b -> b.bucket("enforced").acl(BucketCannedACL.PRIVATE));
  }

  @Test
  void creating_a_bucket_with_a_public_acl_and_acls_disabled_fails() {
    assertThatThrownBy(
            () -> s3.createBucket(b -> b.bucket("public").acl(BucketCannedACL.PUBLIC_READ)))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e ->
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("InvalidBucketAclWithObjectOwnership"));
    assertThatThrownBy(
            () ->
                s3.createBucket(
                    b ->
                        b.bucket("public")
                            .objectOwnership(ObjectOwnership.OBJECT_WRITER)
                            .acl(BucketCannedACL.PUBLIC_READ)))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    s3.createBucket(
        b ->
            b.bucket("public")
                .objectOwnership(ObjectOwnership.OBJECT_WRITER)
                .acl(BucketCannedACL.PRIVATE));
    assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("public");
  }

  @Test
  void a_request_expecting_another_owner_is_denied() {
    assertThatThrownBy(
            () ->
                s3.getBucketAcl(
                    b -> b.bucket("acls").expectedBucketOwner(S3TestServer.ANOTHER_ACCOUNT)))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    assertThat(
            s3.getBucketAcl(b -> b.bucket("acls").expectedBucketOwner(AccountId.DEFAULT.value()))
                .grants())
        .hasSize(1);
  }

  @Test
  void a_grant_by_canonical_id_names_the_other_account() {
    s3.putBucketAcl(
        b ->
            b.bucket("acls")
                .grantRead("id=\"" + OTHER_ID + "\"")
                .grantFullControl("id=\"" + OWNER_ID + "\""));
    GetBucketAclResponse acl = s3.getBucketAcl(b -> b.bucket("acls"));
    assertThat(acl.grants())
        .extracting(grant -> grant.grantee().id(), Grant::permission)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(OTHER_ID, Permission.READ),
            org.assertj.core.groups.Tuple.tuple(OWNER_ID, Permission.FULL_CONTROL));
  }

  @Test
  void a_bucket_whose_acl_grants_others_cannot_disable_acls() {
    s3.putBucketAcl(b -> b.bucket("acls").grantRead("id=\"" + OTHER_ID + "\""));
    assertThatThrownBy(
            () ->
                s3.putBucketOwnershipControls(
                    b ->
                        b.bucket("acls")
                            .ownershipControls(
                                c ->
                                    c.rules(
                                        r ->
                                            r.objectOwnership(
                                                ObjectOwnership.BUCKET_OWNER_ENFORCED)))))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e ->
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("InvalidBucketAclWithObjectOwnership"));
    assertThat(
            s3.getBucketOwnershipControls(b -> b.bucket("acls"))
                .ownershipControls()
                .rules()
                .get(0)
                .objectOwnership())
        .isEqualTo(ObjectOwnership.OBJECT_WRITER);
  }

  @Test
  void an_access_control_policy_body_replaces_the_bucket_acl() {
    AccessControlPolicy policy =
        AccessControlPolicy.builder()
            .owner(Owner.builder().id(OWNER_ID).build())
            .grants(
                Grant.builder()
                    .grantee(Grantee.builder().type(Type.CANONICAL_USER).id(OTHER_ID).build())
                    .permission(Permission.WRITE)
                    .build(),
                Grant.builder()
                    .grantee(
                        Grantee.builder()
                            .type(Type.GROUP)
                            .uri("http://acs.amazonaws.com/groups/s3/LogDelivery")
                            .build())
                    .permission(Permission.READ_ACP)
                    .build())
            .build();
    s3.putBucketAcl(b -> b.bucket("acls").accessControlPolicy(policy));
    assertThat(s3.getBucketAcl(b -> b.bucket("acls")).grants())
        .extracting(Grant::permission)
        .containsExactly(Permission.WRITE, Permission.READ_ACP);
  }

  @Test
  void an_object_written_by_another_account_is_owned_by_it_unless_the_bucket_prefers() {
    s3.putBucketAcl(b -> b.bucket("acls").grantWrite("id=\"" + OTHER_ID + "\""));
    other.putObject(
        b -> b.bucket("acls").key("theirs").acl(ObjectCannedACL.BUCKET_OWNER_READ),
        RequestBody.fromString("x"));
    GetObjectAclResponse acl = other.getObjectAcl(b -> b.bucket("acls").key("theirs"));
    assertThat(acl.owner().id()).isEqualTo(OTHER_ID);
    assertThat(acl.grants())
        .extracting(grant -> grant.grantee().id(), Grant::permission)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OTHER_ID, Permission.FULL_CONTROL),
            org.assertj.core.groups.Tuple.tuple(OWNER_ID, Permission.READ));

    s3.putBucketOwnershipControls(
        b ->
            b.bucket("acls")
                .ownershipControls(
                    c -> c.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED))));
    other.putObject(
        b -> b.bucket("acls").key("ours").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL),
        RequestBody.fromString("x"));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("ours")).owner().id()).isEqualTo(OWNER_ID);
  }

  @Test
  void put_object_acl_replaces_the_acl_and_keeps_the_object() {
    s3.putObject(b -> b.bucket("acls").key("k"), RequestBody.fromString("data"));
    s3.putObjectAcl(b -> b.bucket("acls").key("k").acl(ObjectCannedACL.PUBLIC_READ));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("k")).grants())
        .extracting(grant -> grant.grantee().uri(), Grant::permission)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, Permission.FULL_CONTROL),
            org.assertj.core.groups.Tuple.tuple(
                "http://acs.amazonaws.com/groups/global/AllUsers", Permission.READ));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("acls").key("k")).asUtf8String())
        .isEqualTo("data");
    assertThatThrownBy(() -> s3.getObjectAcl(b -> b.bucket("acls").key("missing")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchKey"));
  }

  @Test
  void block_public_acls_refuses_a_public_acl_with_access_denied() {
    s3.putPublicAccessBlock(
        b -> b.bucket("acls").publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)));
    assertThatThrownBy(
            () -> s3.putBucketAcl(b -> b.bucket("acls").acl(BucketCannedACL.PUBLIC_READ_WRITE)))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            });
    assertThatThrownBy(
            () ->
                s3.putObject(
                    b -> b.bucket("acls").key("k").acl(ObjectCannedACL.PUBLIC_READ),
                    RequestBody.fromString("x")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    assertThat(s3.getBucketAcl(b -> b.bucket("acls")).grants()).hasSize(1);
    PublicAccessBlockConfiguration block =
        s3.getPublicAccessBlock(b -> b.bucket("acls")).publicAccessBlockConfiguration();
    assertThat(block.blockPublicAcls()).isTrue();
    assertThat(block.blockPublicPolicy()).isFalse();
  }

  @Test
  void deleted_settings_answer_their_not_found_errors() {
    assertThatThrownBy(() -> s3.getPublicAccessBlock(b -> b.bucket("acls")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorCode())
                  .isEqualTo("NoSuchPublicAccessBlockConfiguration");
            });
    s3.deleteBucketOwnershipControls(b -> b.bucket("acls"));
    assertThatThrownBy(() -> s3.getBucketOwnershipControls(b -> b.bucket("acls")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e ->
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("OwnershipControlsNotFoundError"));
    assertThatThrownBy(() -> s3.getBucketPolicy(b -> b.bucket("acls")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy"));
    assertThatThrownBy(() -> s3.getBucketPolicyStatus(b -> b.bucket("acls")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucketPolicy"));
  }

  @Test
  void another_account_cannot_read_or_change_the_bucket_settings() {
    for (Runnable call :
        new Runnable[] {
          () -> other.getBucketAcl(b -> b.bucket("acls")),
          () -> other.putBucketAcl(b -> b.bucket("acls").acl(BucketCannedACL.PRIVATE)),
          () -> other.getPublicAccessBlock(b -> b.bucket("enforced")),
          () -> other.getBucketOwnershipControls(b -> b.bucket("enforced")),
          () -> other.putBucketPolicy(b -> b.bucket("acls").policy(policy("Allow", "*", "acls")))
        }) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
  }

  static String policy(String effect, String principal, String bucket) {
    String principalJson = principal.equals("*") ? "\"*\"" : "{\"AWS\":\"" + principal + "\"}";
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\""
        + effect
        + "\",\"Principal\":"
        + principalJson
        + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::"
        + bucket
        + "/*\"}]}";
  }
}
