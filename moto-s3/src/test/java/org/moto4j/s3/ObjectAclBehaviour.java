package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectOwnership;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The ACL each way of writing an object sets (PutObject, CopyObject, multipart uploads, applied at
 * completion), per version, and per account: canonical ids tell the two accounts apart.
 */
abstract class ObjectAclBehaviour extends TwoAccountFixture {

  static final String OWNER_ID = CanonicalIds.of(AccountId.DEFAULT);
  static final String OTHER_ID = CanonicalIds.of(AccountId.of(S3TestServer.ANOTHER_ACCOUNT));
  static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

  @BeforeEach
  void aBucketWithAclsEnabled() {
    s3.createBucket(b -> b.bucket("acls").objectOwnership(ObjectOwnership.OBJECT_WRITER));
    s3.deletePublicAccessBlock(b -> b.bucket("acls"));
    s3.putObject(b -> b.bucket("acls").key("source"), RequestBody.fromString("data"));
  }

  @Test
  void a_copy_takes_the_acl_its_request_names_not_the_sources() {
    s3.putObjectAcl(b -> b.bucket("acls").key("source").acl(ObjectCannedACL.PUBLIC_READ));
    s3.copyObject(
        b ->
            b.sourceBucket("acls")
                .sourceKey("source")
                .destinationBucket("acls")
                .destinationKey("plain"));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("plain")).grants()).hasSize(1);
    s3.copyObject(
        b ->
            b.sourceBucket("acls")
                .sourceKey("source")
                .destinationBucket("acls")
                .destinationKey("granted")
                .grantRead("id=\"" + OTHER_ID + "\""));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("granted")).grants())
        .extracting(grant -> grant.grantee().id(), Grant::permission)
        .containsExactly(tuple(OTHER_ID, Permission.READ));
  }

  @Test
  void a_multipart_upload_gets_its_acl_when_completed() {
    String uploadId =
        s3.createMultipartUpload(
                b -> b.bucket("acls").key("big").acl(ObjectCannedACL.AUTHENTICATED_READ))
            .uploadId();
    String etag =
        s3.uploadPart(
                b -> b.bucket("acls").key("big").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("part"))
            .eTag();
    s3.completeMultipartUpload(
        b ->
            b.bucket("acls")
                .key("big")
                .uploadId(uploadId)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("big")).grants())
        .extracting(grant -> grant.grantee().uri(), Grant::permission)
        .containsExactly(
            tuple(null, Permission.FULL_CONTROL),
            tuple("http://acs.amazonaws.com/groups/global/AuthenticatedUsers", Permission.READ));
  }

  @Test
  void a_multipart_upload_with_an_acl_the_bucket_refuses_fails_at_creation() {
    s3.putPublicAccessBlock(
        b -> b.bucket("acls").publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)));
    assertThatThrownBy(
            () ->
                s3.createMultipartUpload(
                    b -> b.bucket("acls").key("big").acl(ObjectCannedACL.PUBLIC_READ_WRITE)))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    assertThat(s3.listMultipartUploads(b -> b.bucket("acls")).uploads()).isEmpty();
  }

  @Test
  void each_version_keeps_its_own_acl() {
    s3.putBucketVersioning(
        b ->
            b.bucket("acls")
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    String first =
        s3.putObject(
                b -> b.bucket("acls").key("k").acl(ObjectCannedACL.PUBLIC_READ),
                RequestBody.fromString("1"))
            .versionId();
    String second =
        s3.putObject(b -> b.bucket("acls").key("k"), RequestBody.fromString("2")).versionId();
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("k").versionId(first)).grants())
        .extracting(grant -> grant.grantee().uri())
        .contains(ALL_USERS);
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("k")).grants()).hasSize(1);
    s3.putObjectAcl(
        b ->
            b.bucket("acls").key("k").versionId(first).grantFullControl("id=\"" + OTHER_ID + "\""));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("k").versionId(first)).grants())
        .extracting(grant -> grant.grantee().id())
        .containsExactly(OTHER_ID);
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("k").versionId(second)).grants())
        .extracting(grant -> grant.grantee().id())
        .containsExactly(OWNER_ID);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("acls").key("k")).asUtf8String()).isEqualTo("2");
  }

  @Test
  void each_account_owns_its_buckets_and_objects_by_its_own_canonical_id() {
    other.createBucket(b -> b.bucket("theirs"));
    assertThat(other.getBucketAcl(b -> b.bucket("theirs")).owner().id()).isEqualTo(OTHER_ID);
    assertThat(s3.getBucketAcl(b -> b.bucket("acls")).owner().id()).isEqualTo(OWNER_ID);
    assertThat(OTHER_ID).isNotEqualTo(OWNER_ID).hasSize(64);
    other.putObject(b -> b.bucket("acls").key("written-by-b"), RequestBody.fromString("b"));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("written-by-b")).owner().id())
        .isEqualTo(OTHER_ID);
    // Once the bucket disables ACLs, its owner owns every object, whoever wrote it.
    s3.putBucketOwnershipControls(
        b ->
            b.bucket("acls")
                .ownershipControls(
                    c -> c.rules(r -> r.objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED))));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("written-by-b")).owner().id())
        .isEqualTo(OWNER_ID);
    assertThatThrownBy(() -> s3.getBucketAcl(b -> b.bucket("theirs")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
  }

  @Test
  void a_failed_acl_write_changes_nothing() {
    s3.putObjectAcl(b -> b.bucket("acls").key("source").acl(ObjectCannedACL.PUBLIC_READ));
    assertThatThrownBy(
            () ->
                s3.putObjectAcl(
                    b -> b.bucket("acls").key("source").grantRead("id=\"not-a-canonical-id\"")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid id"));
    assertThat(s3.getObjectAcl(b -> b.bucket("acls").key("source")).grants())
        .extracting(grant -> grant.grantee().uri())
        .contains(ALL_USERS);
  }
}
