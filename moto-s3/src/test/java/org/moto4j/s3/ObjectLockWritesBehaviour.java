package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.ObjectLockBehaviour.PROTECTED;
import static org.moto4j.s3.ObjectLockBehaviour.inDays;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Object Lock on writes and deletes through the AWS SDK, run once per addressing style: the lock
 * headers of PutObject, CopyObject and multipart uploads, and the deletes a lock refuses.
 */
abstract class ObjectLockWritesBehaviour extends TwoAccountFixture {

  static final String LOCKED = "locked";
  static final String PLAIN = "plain";

  @BeforeEach
  void buckets() {
    s3.createBucket(b -> b.bucket(LOCKED).objectLockEnabledForBucket(true));
    s3.createBucket(b -> b.bucket(PLAIN));
  }

  @Test
  void a_put_names_its_version_retention_and_legal_hold_and_reads_answer_them() {
    Instant until = inDays(2);
    String version =
        s3.putObject(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .objectLockMode(ObjectLockMode.COMPLIANCE)
                        .objectLockRetainUntilDate(until)
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                RequestBody.fromString("data"))
            .versionId();
    HeadObjectResponse head = s3.headObject(b -> b.bucket(LOCKED).key("k"));
    assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
    assertThat(head.objectLockRetainUntilDate()).isEqualTo(until);
    assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    var get = s3.getObject(b -> b.bucket(LOCKED).key("k").versionId(version)).response();
    assertThat(get.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
    assertThat(get.objectLockRetainUntilDate()).isEqualTo(until);
    assertThat(get.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
  }

  @Test
  void lock_headers_are_checked_before_anything_is_stored() {
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(LOCKED).key("k").objectLockMode(ObjectLockMode.GOVERNANCE),
                RequestBody.fromString("data")),
        400,
        "InvalidArgument",
        "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied");
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(LOCKED).key("k").objectLockRetainUntilDate(inDays(1)),
                RequestBody.fromString("data")),
        400,
        "InvalidArgument",
        "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied");
    assertError(
        () ->
            s3.putObject(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .objectLockMode("governance")
                        .objectLockRetainUntilDate(inDays(1)),
                RequestBody.fromString("data")),
        400,
        "InvalidArgument",
        "Unknown wormMode directive.");
    assertError(
        () ->
            s3.putObject(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(Instant.now().minusSeconds(3600)),
                RequestBody.fromString("data")),
        400,
        "InvalidArgument",
        "The retain until date must be in the future!");
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(LOCKED).key("k").objectLockLegalHoldStatus("on"),
                RequestBody.fromString("data")),
        400,
        "InvalidArgument",
        "Legal Hold must be either of 'ON' or 'OFF'");
    assertError(
        () ->
            s3.putObject(
                b ->
                    b.bucket(PLAIN)
                        .key("k")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(inDays(1)),
                RequestBody.fromString("data")),
        400,
        "InvalidRequest",
        "Bucket is missing ObjectLockConfiguration");
    assertError(
        () ->
            s3.putObject(
                b ->
                    b.bucket(PLAIN)
                        .key("k")
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.OFF),
                RequestBody.fromString("data")),
        400,
        "InvalidRequest",
        "Bucket is missing ObjectLockConfiguration");
    assertThat(s3.listObjectsV2(b -> b.bucket(LOCKED)).keyCount()).isZero();
    assertThat(s3.listObjectsV2(b -> b.bucket(PLAIN)).keyCount()).isZero();
  }

  @Test
  void a_copy_gets_the_lock_it_names_or_the_default_never_its_source_s() {
    s3.putObject(
        b ->
            b.bucket(LOCKED)
                .key("source")
                .objectLockMode(ObjectLockMode.COMPLIANCE)
                .objectLockRetainUntilDate(inDays(3))
                .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
        RequestBody.fromString("data"));
    s3.copyObject(
        b ->
            b.sourceBucket(LOCKED)
                .sourceKey("source")
                .destinationBucket(LOCKED)
                .destinationKey("plain-copy"));
    HeadObjectResponse plainCopy = s3.headObject(b -> b.bucket(LOCKED).key("plain-copy"));
    assertThat(plainCopy.objectLockMode()).isNull();
    assertThat(plainCopy.objectLockLegalHoldStatus()).isNull();

    Instant until = inDays(4);
    s3.copyObject(
        b ->
            b.sourceBucket(LOCKED)
                .sourceKey("source")
                .destinationBucket(LOCKED)
                .destinationKey("locked-copy")
                .objectLockMode(ObjectLockMode.GOVERNANCE)
                .objectLockRetainUntilDate(until));
    HeadObjectResponse lockedCopy = s3.headObject(b -> b.bucket(LOCKED).key("locked-copy"));
    assertThat(lockedCopy.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
    assertThat(lockedCopy.objectLockRetainUntilDate()).isEqualTo(until);

    assertError(
        () ->
            s3.copyObject(
                b ->
                    b.sourceBucket(LOCKED)
                        .sourceKey("source")
                        .destinationBucket(PLAIN)
                        .destinationKey("k")
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON)),
        400,
        "InvalidRequest",
        "Bucket is missing ObjectLockConfiguration");
  }

  @Test
  void a_multipart_upload_s_lock_is_the_completed_object_s() {
    Instant until = inDays(5);
    String upload =
        s3.createMultipartUpload(
                b ->
                    b.bucket(LOCKED)
                        .key("big")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(until)
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.OFF))
            .uploadId();
    String etag =
        s3.uploadPart(
                b -> b.bucket(LOCKED).key("big").uploadId(upload).partNumber(1),
                RequestBody.fromString("part"))
            .eTag();
    s3.completeMultipartUpload(
        b ->
            b.bucket(LOCKED)
                .key("big")
                .uploadId(upload)
                .multipartUpload(m -> m.parts(p -> p.partNumber(1).eTag(etag))));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(LOCKED).key("big"));
    assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
    assertThat(head.objectLockRetainUntilDate()).isEqualTo(until);
    assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.OFF);

    assertError(
        () ->
            s3.createMultipartUpload(
                b ->
                    b.bucket(PLAIN)
                        .key("big")
                        .objectLockMode(ObjectLockMode.GOVERNANCE)
                        .objectLockRetainUntilDate(until)),
        400,
        "InvalidRequest",
        "Bucket is missing ObjectLockConfiguration");
  }

  @Test
  void a_locked_version_is_not_deleted_but_a_delete_marker_goes_on_top() {
    String version = lockedVersion(ObjectLockMode.COMPLIANCE);
    assertError(
        () -> s3.deleteObject(b -> b.bucket(LOCKED).key("k").versionId(version)),
        403,
        "AccessDenied",
        PROTECTED);
    assertError(
        () ->
            s3.deleteObject(
                b -> b.bucket(LOCKED).key("k").versionId(version).bypassGovernanceRetention(true)),
        403,
        "AccessDenied",
        PROTECTED);

    var marker = s3.deleteObject(b -> b.bucket(LOCKED).key("k"));
    assertThat(marker.deleteMarker()).isTrue();
    // The marker itself is not protected.
    s3.deleteObject(b -> b.bucket(LOCKED).key("k").versionId(marker.versionId()));
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("k")).versionId()).isEqualTo(version);
  }

  @Test
  void a_governance_version_is_deleted_only_with_bypass() {
    String version = lockedVersion(ObjectLockMode.GOVERNANCE);
    assertError(
        () -> s3.deleteObject(b -> b.bucket(LOCKED).key("k").versionId(version)),
        403,
        "AccessDenied",
        PROTECTED);
    s3.deleteObject(
        b -> b.bucket(LOCKED).key("k").versionId(version).bypassGovernanceRetention(true));
    assertThat(
            s3.listObjectVersions(b -> b.bucket(LOCKED)).versions().stream()
                .map(v -> v.versionId())
                .toList())
        .doesNotContain(version);
  }

  @Test
  void a_legal_hold_refuses_a_delete_even_with_bypass_until_it_is_off() {
    String version =
        s3.putObject(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .objectLockLegalHoldStatus(ObjectLockLegalHoldStatus.ON),
                RequestBody.fromString("data"))
            .versionId();
    assertError(
        () ->
            s3.deleteObject(
                b -> b.bucket(LOCKED).key("k").versionId(version).bypassGovernanceRetention(true)),
        403,
        "AccessDenied",
        PROTECTED);
    s3.putObjectLegalHold(
        b ->
            b.bucket(LOCKED)
                .key("k")
                .versionId(version)
                .legalHold(l -> l.status(ObjectLockLegalHoldStatus.OFF)));
    s3.deleteObject(b -> b.bucket(LOCKED).key("k").versionId(version));
    assertThat(s3.listObjectVersions(b -> b.bucket(LOCKED)).versions()).isEmpty();
  }

  @Test
  void delete_objects_reports_each_locked_version_and_deletes_the_others() {
    String locked = lockedVersion(ObjectLockMode.GOVERNANCE);
    String free =
        s3.putObject(b -> b.bucket(LOCKED).key("free"), RequestBody.fromString("x")).versionId();
    DeleteObjectsResponse response =
        s3.deleteObjects(
            b ->
                b.bucket(LOCKED)
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("k").versionId(locked).build(),
                                ObjectIdentifier.builder().key("free").versionId(free).build())));
    assertThat(response.deleted()).extracting(d -> d.key()).containsExactly("free");
    List<S3Error> errors = response.errors();
    assertThat(errors)
        .extracting(S3Error::key, S3Error::versionId, S3Error::code, S3Error::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("k", locked, "AccessDenied", PROTECTED));

    DeleteObjectsResponse bypassed =
        s3.deleteObjects(
            b ->
                b.bucket(LOCKED)
                    .bypassGovernanceRetention(true)
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("k").versionId(locked).build())));
    assertThat(bypassed.errors()).isEmpty();
    assertThat(s3.listObjectVersions(b -> b.bucket(LOCKED)).versions()).isEmpty();
  }

  @Test
  void the_bypass_header_is_refused_on_a_bucket_without_object_lock() {
    s3.putObject(b -> b.bucket(PLAIN).key("k"), RequestBody.fromString("x"));
    assertError(
        () -> s3.deleteObject(b -> b.bucket(PLAIN).key("k").bypassGovernanceRetention(true)),
        400,
        "InvalidArgument",
        "x-amz-bypass-governance-retention is only applicable to Object Lock enabled buckets.");
    assertThat(s3.listObjectsV2(b -> b.bucket(PLAIN)).keyCount()).isEqualTo(1);
  }

  @Test
  void another_account_writing_into_a_lock_bucket_gets_its_default_retention() {
    s3.putObjectLockConfiguration(
        b ->
            b.bucket(LOCKED)
                .objectLockConfiguration(
                    c ->
                        c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                            .rule(
                                r ->
                                    r.defaultRetention(
                                        d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(1)))));
    String version =
        other
            .putObject(b -> b.bucket(LOCKED).key("theirs"), RequestBody.fromString("x"))
            .versionId();
    assertThat(other.headObject(b -> b.bucket(LOCKED).key("theirs")).objectLockMode())
        .isEqualTo(ObjectLockMode.COMPLIANCE);
    assertError(
        () -> other.deleteObject(b -> b.bucket(LOCKED).key("theirs").versionId(version)),
        403,
        "AccessDenied",
        PROTECTED);
  }

  @Test
  void
      another_account_places_a_legal_hold_as_it_writes_objects_unless_cross_account_access_is_off() {
    String version =
        s3.putObject(b -> b.bucket(LOCKED).key("k"), RequestBody.fromString("x")).versionId();
    other.putObjectLegalHold(
        b ->
            b.bucket(LOCKED)
                .key("k")
                .versionId(version)
                .legalHold(l -> l.status(ObjectLockLegalHoldStatus.ON)));
    assertThat(s3.getObjectLegalHold(b -> b.bucket(LOCKED).key("k")).legalHold().status())
        .isEqualTo(ObjectLockLegalHoldStatus.ON);

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.getObjectLegalHold(b -> b.bucket(LOCKED).key("k")),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () ->
            other.putObjectRetention(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .retention(
                            r ->
                                r.mode(ObjectLockRetentionMode.GOVERNANCE)
                                    .retainUntilDate(inDays(1)))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("k")).objectLockMode()).isNull();
  }

  private String lockedVersion(ObjectLockMode mode) {
    return s3.putObject(
            b ->
                b.bucket(LOCKED).key("k").objectLockMode(mode).objectLockRetainUntilDate(inDays(1)),
            RequestBody.fromString("data"))
        .versionId();
  }
}
