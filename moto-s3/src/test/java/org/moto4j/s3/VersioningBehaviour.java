package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.MFADelete;
import software.amazon.awssdk.services.s3.model.MFADeleteStatus;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * S3 versioning through the AWS SDK, run once per addressing style: the versioning state, version
 * ids on writes and reads, delete markers, the {@code null} version while suspended,
 * ListObjectVersions, versions on copies, tags, attributes and DeleteObjects, MFA delete, and what
 * another account may do.
 */
abstract class VersioningBehaviour extends TwoAccountFixture {

  static final String BUCKET = "versioned";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void a_never_versioned_bucket_answers_an_empty_configuration_and_no_version_ids() {
    GetBucketVersioningResponse versioning = s3.getBucketVersioning(b -> b.bucket(BUCKET));
    assertThat(versioning.status()).isNull();
    assertThat(versioning.mfaDelete()).isNull();

    assertThat(put("doc", "one").versionId()).isNull();
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc")).versionId()).isNull();
    assertThat(s3.deleteObject(b -> b.bucket(BUCKET).key("doc")).deleteMarker()).isNull();
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).isEmpty();
  }

  @Test
  void an_enabled_bucket_keeps_every_write_as_a_version_with_its_own_id() {
    enable();
    String v1 = put("doc", "one").versionId();
    String v2 = put("doc", "two").versionId();

    assertThat(v1).hasSize(32).matches("[A-Za-z0-9._]+").isNotEqualTo(v2);
    assertThat(read("doc", null)).isEqualTo("two");
    assertThat(read("doc", v1)).isEqualTo("one");
    assertThat(s3.getObject(b -> b.bucket(BUCKET).key("doc")).response().versionId()).isEqualTo(v2);
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc").versionId(v1)).versionId())
        .isEqualTo(v1);
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc").versionId(v1)).contentLength())
        .isEqualTo(3);

    ListObjectVersionsResponse listed = s3.listObjectVersions(b -> b.bucket(BUCKET));
    assertThat(listed.versions())
        .extracting(ObjectVersion::versionId, ObjectVersion::isLatest, ObjectVersion::size)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(v2, true, 3L),
            org.assertj.core.groups.Tuple.tuple(v1, false, 3L));
    assertThat(listed.deleteMarkers()).isEmpty();
    assertThat(listed.versions().get(0).owner().id()).isNotEmpty();
    assertThat(s3.getBucketVersioning(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketVersioningStatus.ENABLED);
  }

  @Test
  void a_delete_without_version_id_adds_a_delete_marker_that_hides_the_key() {
    enable();
    String v1 = put("doc", "one").versionId();
    DeleteObjectResponse deleted = s3.deleteObject(b -> b.bucket(BUCKET).key("doc"));

    assertThat(deleted.deleteMarker()).isTrue();
    assertThat(deleted.versionId()).hasSize(32).isNotEqualTo(v1);
    assertThatThrownBy(() -> s3.getObject(b -> b.bucket(BUCKET).key("doc")))
        .isInstanceOfSatisfying(
            NoSuchKeyException.class,
            e ->
                assertThat(
                        e.awsErrorDetails()
                            .sdkHttpResponse()
                            .firstMatchingHeader("x-amz-delete-marker"))
                    .contains("true"));
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).isEmpty();
    assertThat(s3.listObjects(b -> b.bucket(BUCKET)).contents()).isEmpty();
    assertThat(read("doc", v1)).isEqualTo("one");

    ListObjectVersionsResponse listed = s3.listObjectVersions(b -> b.bucket(BUCKET));
    assertThat(listed.deleteMarkers())
        .extracting(
            DeleteMarkerEntry::key, DeleteMarkerEntry::versionId, DeleteMarkerEntry::isLatest)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("doc", deleted.versionId(), true));
    assertThat(listed.versions()).extracting(ObjectVersion::isLatest).containsExactly(false);

    // Deleting the marker's version brings the object back.
    DeleteObjectResponse unmarked =
        s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(deleted.versionId()));
    assertThat(unmarked.deleteMarker()).isTrue();
    assertThat(unmarked.versionId()).isEqualTo(deleted.versionId());
    assertThat(read("doc", null)).isEqualTo("one");
  }

  @Test
  void reading_a_delete_markers_version_is_405_and_an_unknown_version_NoSuchVersion() {
    enable();
    put("doc", "one");
    String marker = s3.deleteObject(b -> b.bucket(BUCKET).key("doc")).versionId();
    assertError(
        () -> s3.getObject(b -> b.bucket(BUCKET).key("doc").versionId(marker)),
        405,
        "MethodNotAllowed",
        "The specified method is not allowed against this resource.");
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("doc").versionId(marker)))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(405));
    assertError(
        () -> s3.getObject(b -> b.bucket(BUCKET).key("doc").versionId("A".repeat(32))),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");
    assertError(
        () -> s3.getObject(b -> b.bucket(BUCKET).key("doc").versionId("not a version")),
        400,
        "InvalidArgument",
        "Invalid version id specified");
  }

  @Test
  void deleting_a_version_removes_it_for_good_and_the_newest_remaining_becomes_current() {
    enable();
    String v1 = put("doc", "one").versionId();
    String v2 = put("doc", "two").versionId();

    DeleteObjectResponse removed = s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v2));
    assertThat(removed.versionId()).isEqualTo(v2);
    assertThat(removed.deleteMarker()).isNull();
    assertThat(read("doc", null)).isEqualTo("one");
    assertError(
        () -> s3.getObject(b -> b.bucket(BUCKET).key("doc").versionId(v2)),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");

    s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v1));
    assertThat(s3.listObjectVersions(b -> b.bucket(BUCKET)).versions()).isEmpty();
    // Deleting a version that is not there succeeds, as S3 answers it.
    assertThat(s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v1)).versionId())
        .isEqualTo(v1);
  }

  @Test
  void a_suspended_bucket_writes_and_deletes_the_null_version() {
    enable();
    String v1 = put("doc", "one").versionId();
    s3.putBucketVersioning(
        b ->
            b.bucket(BUCKET)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED)));
    assertThat(s3.getBucketVersioning(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketVersioningStatus.SUSPENDED);

    assertThat(put("doc", "two").versionId()).isEqualTo("null");
    assertThat(put("doc", "three").versionId()).isEqualTo("null");
    assertThat(versionIds()).containsExactly("null", v1);
    assertThat(read("doc", "null")).isEqualTo("three");

    DeleteObjectResponse marker = s3.deleteObject(b -> b.bucket(BUCKET).key("doc"));
    assertThat(marker.deleteMarker()).isTrue();
    assertThat(marker.versionId()).isEqualTo("null");
    ListObjectVersionsResponse listed = s3.listObjectVersions(b -> b.bucket(BUCKET));
    assertThat(listed.deleteMarkers())
        .extracting(DeleteMarkerEntry::versionId)
        .containsExactly("null");
    assertThat(listed.versions()).extracting(ObjectVersion::versionId).containsExactly(v1);
  }

  @Test
  void objects_written_before_versioning_become_the_null_version() {
    put("doc", "before");
    enable();
    String v1 = put("doc", "after").versionId();

    assertThat(versionIds()).containsExactly(v1, "null");
    assertThat(read("doc", "null")).isEqualTo("before");
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc").versionId("null")).versionId())
        .isEqualTo("null");
  }

  @Test
  void a_bucket_never_goes_back_to_unversioned_and_refuses_a_bad_status() {
    enable();
    assertError(
        () ->
            s3.putBucketVersioning(
                b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status("Disabled"))),
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema");
    assertThat(s3.getBucketVersioning(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketVersioningStatus.ENABLED);
  }

  @Test
  void a_copy_reads_the_version_its_source_names_and_gets_a_version_of_its_own() {
    enable();
    String v1 = put("doc", "one").versionId();
    put("doc", "two");

    var copied =
        s3.copyObject(
            b ->
                b.sourceBucket(BUCKET)
                    .sourceKey("doc")
                    .sourceVersionId(v1)
                    .destinationBucket(BUCKET)
                    .destinationKey("copy"));
    assertThat(copied.copySourceVersionId()).isEqualTo(v1);
    assertThat(copied.versionId()).hasSize(32).isNotEqualTo(v1);
    assertThat(read("copy", null)).isEqualTo("one");

    // Onto itself, a versioned bucket keeps the old version.
    var restored =
        s3.copyObject(
            b ->
                b.sourceBucket(BUCKET)
                    .sourceKey("doc")
                    .sourceVersionId(v1)
                    .destinationBucket(BUCKET)
                    .destinationKey("doc"));
    assertThat(read("doc", null)).isEqualTo("one");
    assertThat(versionIds("doc")).hasSize(3).startsWith(restored.versionId()).endsWith(v1);

    String marker = s3.deleteObject(b -> b.bucket(BUCKET).key("doc")).versionId();
    assertError(
        () ->
            s3.copyObject(
                b ->
                    b.sourceBucket(BUCKET)
                        .sourceKey("doc")
                        .sourceVersionId(marker)
                        .destinationBucket(BUCKET)
                        .destinationKey("other")),
        400,
        "InvalidRequest",
        "The source of a copy request may not specifically refer to a delete marker by version"
            + " id.");
    assertThatThrownBy(
            () ->
                s3.copyObject(
                    b ->
                        b.sourceBucket(BUCKET)
                            .sourceKey("doc")
                            .destinationBucket(BUCKET)
                            .destinationKey("other")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void multipart_uploads_and_part_copies_know_versions() {
    enable();
    String v1 = put("source", "0123456789").versionId();
    put("source", "overwritten");
    String upload = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("assembled")).uploadId();
    var part =
        s3.uploadPartCopy(
            b ->
                b.sourceBucket(BUCKET)
                    .sourceKey("source")
                    .sourceVersionId(v1)
                    .destinationBucket(BUCKET)
                    .destinationKey("assembled")
                    .uploadId(upload)
                    .partNumber(1));
    assertThat(part.copySourceVersionId()).isEqualTo(v1);
    var completed =
        s3.completeMultipartUpload(
            b ->
                b.bucket(BUCKET)
                    .key("assembled")
                    .uploadId(upload)
                    .multipartUpload(
                        m ->
                            m.parts(
                                CompletedPart.builder()
                                    .partNumber(1)
                                    .eTag(part.copyPartResult().eTag())
                                    .build())));
    assertThat(completed.versionId()).hasSize(32);
    assertThat(read("assembled", completed.versionId())).isEqualTo("0123456789");
  }

  @Test
  void tags_and_attributes_belong_to_the_version_named() {
    enable();
    String v1 = put("doc", "one").versionId();
    String v2 = put("doc", "three").versionId();

    var tagged =
        s3.putObjectTagging(
            b ->
                b.bucket(BUCKET)
                    .key("doc")
                    .versionId(v1)
                    .tagging(t -> t.tagSet(Tag.builder().key("v").value("1").build())));
    assertThat(tagged.versionId()).isEqualTo(v1);
    assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc").versionId(v1)).tagSet())
        .extracting(Tag::key)
        .containsExactly("v");
    var current = s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc"));
    assertThat(current.tagSet()).isEmpty();
    assertThat(current.versionId()).isEqualTo(v2);
    s3.deleteObjectTagging(b -> b.bucket(BUCKET).key("doc").versionId(v1));
    assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc").versionId(v1)).tagSet())
        .isEmpty();

    var attributes =
        s3.getObjectAttributes(
            b ->
                b.bucket(BUCKET)
                    .key("doc")
                    .versionId(v1)
                    .objectAttributes(ObjectAttributes.OBJECT_SIZE));
    assertThat(attributes.objectSize()).isEqualTo(3);
    assertThat(attributes.versionId()).isEqualTo(v1);
    assertError(
        () -> s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc").versionId("B".repeat(32))),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");
  }

  @Test
  void delete_objects_adds_markers_and_removes_the_versions_named() {
    enable();
    String a1 = put("a", "one").versionId();
    put("b", "one");
    DeleteObjectsResponse response =
        s3.deleteObjects(
            b ->
                b.bucket(BUCKET)
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("a").versionId(a1).build(),
                                ObjectIdentifier.builder().key("b").build())));
    assertThat(response.errors()).isEmpty();
    DeletedObject a = deleted(response, "a");
    assertThat(a.versionId()).isEqualTo(a1);
    assertThat(a.deleteMarker()).isNull();
    DeletedObject b = deleted(response, "b");
    assertThat(b.deleteMarker()).isTrue();
    assertThat(b.deleteMarkerVersionId()).hasSize(32);

    ListObjectVersionsResponse listed = s3.listObjectVersions(l -> l.bucket(BUCKET));
    assertThat(listed.versions()).extracting(ObjectVersion::key).containsExactly("b");
    assertThat(listed.deleteMarkers())
        .extracting(DeleteMarkerEntry::versionId)
        .containsExactly(b.deleteMarkerVersionId());

    DeleteObjectsResponse unmark =
        s3.deleteObjects(
            l ->
                l.bucket(BUCKET)
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder()
                                    .key("b")
                                    .versionId(b.deleteMarkerVersionId())
                                    .build())));
    assertThat(unmark.deleted().get(0).deleteMarker()).isTrue();
    assertThat(unmark.deleted().get(0).deleteMarkerVersionId())
        .isEqualTo(b.deleteMarkerVersionId());
    assertThat(read("b", null)).isEqualTo("one");
  }

  @Test
  void a_bucket_holding_only_versions_and_markers_is_not_empty() {
    enable();
    String v1 = put("doc", "one").versionId();
    String marker = s3.deleteObject(b -> b.bucket(BUCKET).key("doc")).versionId();
    String notEmpty =
        "The bucket you tried to delete is not empty. You must delete all versions in the bucket.";
    assertError(() -> s3.deleteBucket(b -> b.bucket(BUCKET)), 409, "BucketNotEmpty", notEmpty);
    s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v1));
    assertError(() -> s3.deleteBucket(b -> b.bucket(BUCKET)), 409, "BucketNotEmpty", notEmpty);
    s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(marker));
    s3.deleteBucket(b -> b.bucket(BUCKET));
    assertThat(s3.listBuckets().buckets()).isEmpty();
  }

  @Test
  void mfa_delete_wants_the_mfa_header_to_enable_it_and_to_remove_versions() {
    String mfaRequired = "Mfa Authentication must be used for this request";
    assertError(
        () ->
            s3.putBucketVersioning(
                b ->
                    b.bucket(BUCKET)
                        .versioningConfiguration(
                            v ->
                                v.status(BucketVersioningStatus.ENABLED)
                                    .mfaDelete(MFADelete.ENABLED))),
        403,
        "AccessDenied",
        mfaRequired);
    assertThat(s3.getBucketVersioning(b -> b.bucket(BUCKET)).status()).isNull();

    String mfa = "arn:aws:iam::123456789012:mfa/root-device 123456";
    s3.putBucketVersioning(
        b ->
            b.bucket(BUCKET)
                .mfa(mfa)
                .versioningConfiguration(
                    v -> v.status(BucketVersioningStatus.ENABLED).mfaDelete(MFADelete.ENABLED)));
    GetBucketVersioningResponse versioning = s3.getBucketVersioning(b -> b.bucket(BUCKET));
    assertThat(versioning.mfaDelete()).isEqualTo(MFADeleteStatus.ENABLED);

    String v1 = put("doc", "one").versionId();
    assertError(
        () -> s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v1)),
        403,
        "AccessDenied",
        mfaRequired);
    assertError(
        () ->
            s3.putBucketVersioning(
                b ->
                    b.bucket(BUCKET)
                        .versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED))),
        403,
        "AccessDenied",
        mfaRequired);
    // A delete marker needs no MFA; removing a version with it does.
    assertThat(s3.deleteObject(b -> b.bucket(BUCKET).key("doc")).deleteMarker()).isTrue();
    s3.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v1).mfa(mfa));
    ListObjectVersionsResponse left = s3.listObjectVersions(b -> b.bucket(BUCKET));
    assertThat(left.versions()).isEmpty();
    assertThat(left.deleteMarkers()).hasSize(1);
  }

  @Test
  void list_object_versions_pages_through_everything_with_prefixes_and_delimiters() {
    enable();
    for (String key : List.of("a", "b/1", "b/2", "c")) {
      put(key, key + "-1");
      put(key, key + "-2");
    }
    s3.deleteObject(b -> b.bucket(BUCKET).key("c"));

    List<String> paged = new ArrayList<>();
    s3.listObjectVersionsPaginator(b -> b.bucket(BUCKET).maxKeys(2))
        .forEach(
            page -> {
              page.versions().forEach(v -> paged.add(v.key() + "@" + v.versionId()));
              page.deleteMarkers().forEach(m -> paged.add(m.key() + "@" + m.versionId()));
            });
    ListObjectVersionsResponse whole = s3.listObjectVersions(b -> b.bucket(BUCKET));
    List<String> all = new ArrayList<>();
    whole.versions().forEach(v -> all.add(v.key() + "@" + v.versionId()));
    whole.deleteMarkers().forEach(m -> all.add(m.key() + "@" + m.versionId()));
    assertThat(paged).containsExactlyInAnyOrderElementsOf(all).hasSize(9);

    ListObjectVersionsResponse grouped =
        s3.listObjectVersions(b -> b.bucket(BUCKET).delimiter("/"));
    assertThat(grouped.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("b/");
    assertThat(grouped.versions())
        .extracting(ObjectVersion::key)
        .containsExactly("a", "a", "c", "c");

    ListObjectVersionsResponse prefixed =
        s3.listObjectVersions(b -> b.bucket(BUCKET).prefix("b/").maxKeys(3));
    assertThat(prefixed.isTruncated()).isTrue();
    assertThat(prefixed.nextKeyMarker()).isEqualTo("b/2");
    assertThat(prefixed.nextVersionIdMarker()).isEqualTo(prefixed.versions().get(2).versionId());
    assertError(
        () -> s3.listObjectVersions(b -> b.bucket(BUCKET).versionIdMarker("null")),
        400,
        "InvalidArgument",
        "A version-id marker cannot be specified without a key marker.");
  }

  @Test
  void an_unversioned_bucket_lists_its_objects_as_null_versions() {
    put("doc", "one");
    ListObjectVersionsResponse listed = s3.listObjectVersions(b -> b.bucket(BUCKET));
    assertThat(listed.versions())
        .extracting(ObjectVersion::key, ObjectVersion::versionId, ObjectVersion::isLatest)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("doc", "null", true));
  }

  @Test
  void another_account_can_neither_read_nor_change_the_versioning_of_a_foreign_bucket() {
    enable();
    String v1 = put("doc", "one").versionId();
    assertError(
        () -> other.getBucketVersioning(b -> b.bucket(BUCKET)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () ->
            other.putBucketVersioning(
                b ->
                    b.bucket(BUCKET)
                        .versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.getBucketVersioning(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketVersioningStatus.ENABLED);

    // Its own bucket of the same kind is its own affair.
    other.createBucket(b -> b.bucket("others"));
    other.putBucketVersioning(
        b ->
            b.bucket("others")
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    assertThat(s3.getBucketVersioning(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketVersioningStatus.ENABLED);

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.listObjectVersions(b -> b.bucket(BUCKET)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.getObject(b -> b.bucket(BUCKET).key("doc").versionId(v1)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.deleteObject(b -> b.bucket(BUCKET).key("doc").versionId(v1)),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(read("doc", v1)).isEqualTo("one");
  }

  private void enable() {
    s3.putBucketVersioning(
        b ->
            b.bucket(BUCKET)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
  }

  private software.amazon.awssdk.services.s3.model.PutObjectResponse put(
      String key, String content) {
    return s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(content));
  }

  private String read(String key, String versionId) {
    return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key).versionId(versionId)).asUtf8String();
  }

  private List<String> versionIds() {
    return s3.listObjectVersions(b -> b.bucket(BUCKET)).versions().stream()
        .map(ObjectVersion::versionId)
        .toList();
  }

  private List<String> versionIds(String key) {
    return s3.listObjectVersions(b -> b.bucket(BUCKET).prefix(key)).versions().stream()
        .filter(v -> v.key().equals(key))
        .map(ObjectVersion::versionId)
        .toList();
  }

  private static DeletedObject deleted(DeleteObjectsResponse response, String key) {
    return response.deleted().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
  }
}
