package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.BlobStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * RenameObject and DeleteObjects through the sync AWS SDK (DeleteObjects with the checksum the SDK
 * sends), run once per addressing style.
 */
abstract class RenameAndDeleteBehaviour extends TwoAccountFixture {

  static final String BUCKET = "moves";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  // --- RenameObject ------------------------------------------------------------------------

  @Test
  void a_rename_moves_the_object_with_everything_it_had_and_the_old_key_is_gone() {
    s3.putObject(
        b ->
            b.bucket(BUCKET)
                .key("old name")
                .contentType("text/plain")
                .metadata(Map.of("kept", "yes"))
                .tagging("t=1"),
        RequestBody.fromString("moving"));
    HeadObjectResponse before = s3.headObject(b -> b.bucket(BUCKET).key("old name"));

    s3.renameObject(b -> b.bucket(BUCKET).key("new/name ü").renameSource(BUCKET + "/old name"));

    assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("old name")))
        .isInstanceOf(NoSuchKeyException.class);
    HeadObjectResponse after = s3.headObject(b -> b.bucket(BUCKET).key("new/name ü"));
    assertThat(after.eTag()).isEqualTo(before.eTag());
    assertThat(after.lastModified()).isEqualTo(before.lastModified());
    assertThat(after.contentType()).isEqualTo("text/plain");
    assertThat(after.metadata()).containsEntry("kept", "yes");
    assertThat(after.tagCount()).isEqualTo(1);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("new/name ü")).asUtf8String())
        .isEqualTo("moving");
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents())
        .extracting(S3Object::key)
        .containsExactly("new/name ü");
  }

  @Test
  void a_rename_replaces_the_destination_unless_its_conditions_say_otherwise() {
    put("src", "source");
    String destination = put("dst", "destination");
    String failed = "At least one of the pre-conditions you specified did not hold";

    assertError(
        () ->
            s3.renameObject(
                b ->
                    b.bucket(BUCKET)
                        .key("dst")
                        .renameSource(BUCKET + "/src")
                        .destinationIfNoneMatch("*")),
        412,
        "PreconditionFailed",
        failed);
    assertError(
        () ->
            s3.renameObject(
                b ->
                    b.bucket(BUCKET)
                        .key("dst")
                        .renameSource(BUCKET + "/src")
                        .destinationIfModifiedSince(Instant.now().plusSeconds(3600))),
        412,
        "PreconditionFailed",
        failed);
    assertThat(read("src")).isEqualTo("source");
    assertThat(read("dst")).isEqualTo("destination");

    s3.renameObject(
        b ->
            b.bucket(BUCKET)
                .key("dst")
                .renameSource(BUCKET + "/src")
                .destinationIfMatch(destination));
    assertThat(read("dst")).isEqualTo("source");
    assertThatThrownBy(() -> read("src")).isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void a_rename_checks_the_sources_conditions_and_that_it_exists() {
    String etag = put("src", "source");
    String failed = "At least one of the pre-conditions you specified did not hold";
    assertError(
        () ->
            s3.renameObject(
                b ->
                    b.bucket(BUCKET)
                        .key("dst")
                        .renameSource(BUCKET + "/src")
                        .sourceIfMatch("\"other\"")),
        412,
        "PreconditionFailed",
        failed);
    assertError(
        () ->
            s3.renameObject(
                b ->
                    b.bucket(BUCKET)
                        .key("dst")
                        .renameSource(BUCKET + "/src")
                        .sourceIfNoneMatch("*")),
        412,
        "PreconditionFailed",
        failed);
    assertThatThrownBy(
            () ->
                s3.renameObject(b -> b.bucket(BUCKET).key("dst").renameSource(BUCKET + "/missing")))
        .isInstanceOf(NoSuchKeyException.class);
    assertThat(read("src")).isEqualTo("source");

    s3.renameObject(
        b -> b.bucket(BUCKET).key("dst").renameSource(BUCKET + "/src").sourceIfMatch(etag));
    assertThat(read("dst")).isEqualTo("source");
  }

  @Test
  void a_retry_with_the_same_client_token_succeeds_and_one_with_other_parameters_does_not() {
    put("src", "source");
    s3.renameObject(
        b -> b.bucket(BUCKET).key("dst").renameSource(BUCKET + "/src").clientToken("token-1"));
    s3.renameObject(
        b -> b.bucket(BUCKET).key("dst").renameSource(BUCKET + "/src").clientToken("token-1"));
    assertError(
        () ->
            s3.renameObject(
                b ->
                    b.bucket(BUCKET)
                        .key("elsewhere")
                        .renameSource(BUCKET + "/src")
                        .clientToken("token-1")),
        400,
        "IdempotencyParameterMismatch",
        "Parameters on this idempotent request are inconsistent with parameters used in previous"
            + " request(s).");
    assertThat(read("dst")).isEqualTo("source");

    server.moto().reset(); // forgets the tokens with everything else
    s3.createBucket(b -> b.bucket(BUCKET));
    put("src", "again");
    s3.renameObject(
        b ->
            b.bucket(BUCKET).key("elsewhere").renameSource(BUCKET + "/src").clientToken("token-1"));
    assertThat(read("elsewhere")).isEqualTo("again");
  }

  @Test
  void another_account_renames_in_a_bucket_it_does_not_own_unless_cross_account_access_is_off() {
    put("a", "x");
    other.renameObject(b -> b.bucket(BUCKET).key("b").renameSource(BUCKET + "/a"));
    assertThat(read("b")).isEqualTo("x");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.renameObject(b -> b.bucket(BUCKET).key("c").renameSource(BUCKET + "/b")),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(read("b")).isEqualTo("x");
  }

  @Test
  void a_rename_from_another_bucket_is_InvalidRequest() {
    s3.createBucket(b -> b.bucket("elsewhere"));
    s3.putObject(b -> b.bucket("elsewhere").key("k"), RequestBody.fromString("x"));
    assertError(
        () -> s3.renameObject(b -> b.bucket(BUCKET).key("k").renameSource("elsewhere/k")),
        400,
        "InvalidRequest",
        "The rename source must be an object of the destination bucket.");
  }

  // --- DeleteObjects -----------------------------------------------------------------------

  @Test
  void a_thousand_keys_are_deleted_at_once_and_missing_ones_count_as_deleted() {
    List<ObjectIdentifier> identifiers = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      identifiers.add(ObjectIdentifier.builder().key(String.format("k%04d", i)).build());
    }
    for (int i = 0; i < 1000; i += 40) {
      put(String.format("k%04d", i), "x");
    }
    put("survivor", "stays");

    DeleteObjectsResponse response =
        s3.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(identifiers)));

    assertThat(response.deleted()).hasSize(1000);
    assertThat(response.deleted()).extracting(DeletedObject::key).doesNotHaveDuplicates();
    assertThat(response.errors()).isEmpty();
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents())
        .extracting(S3Object::key)
        .containsExactly("survivor");
  }

  @Test
  void a_thousand_and_one_keys_are_MalformedXML_and_delete_nothing() {
    put("k0", "x");
    List<ObjectIdentifier> identifiers =
        IntStream.range(0, 1001)
            .mapToObj(i -> ObjectIdentifier.builder().key("k" + i).build())
            .toList();
    assertError(
        () -> s3.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(identifiers))),
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema");
    assertThat(read("k0")).isEqualTo("x");
  }

  @Test
  void per_key_conditions_fail_alone_and_quiet_mode_lists_only_the_errors() {
    String etag = put("match", "m");
    put("mismatch", "n");
    put("plain", "p");
    List<ObjectIdentifier> identifiers =
        List.of(
            ObjectIdentifier.builder().key("match").eTag(etag).build(),
            ObjectIdentifier.builder().key("mismatch").eTag("\"wrong\"").build(),
            ObjectIdentifier.builder().key("absent").eTag(etag).build(),
            ObjectIdentifier.builder().key("plain").build());

    DeleteObjectsResponse verbose =
        s3.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(identifiers)));
    assertThat(verbose.deleted()).extracting(DeletedObject::key).containsExactly("match", "plain");
    assertThat(verbose.errors())
        .extracting(S3Error::key, S3Error::code, S3Error::message)
        .containsExactly(
            tuple(
                "mismatch",
                "PreconditionFailed",
                "At least one of the pre-conditions you specified did not hold"),
            tuple("absent", "NoSuchKey", "The specified key does not exist."));
    assertThat(read("mismatch")).isEqualTo("n");

    put("match", "m");
    put("plain", "again");
    DeleteObjectsResponse quiet =
        s3.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(identifiers).quiet(true)));
    assertThat(quiet.deleted()).isEmpty();
    assertThat(quiet.errors()).extracting(S3Error::key).containsExactly("mismatch", "absent");
    assertThatThrownBy(() -> read("plain")).isInstanceOf(NoSuchKeyException.class);
    assertThatThrownBy(() -> read("match")).isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void keys_with_xml_special_characters_and_unicode_are_deleted_and_answered_as_sent() {
    List<String> keys =
        List.of(" lead and trail ", "a&b", "<tag>", "quote\"s 'n' apostrophes", "ünï 😀", "x+y%z");
    for (String key : keys) {
      put(key, key);
    }
    DeleteObjectsResponse response =
        s3.deleteObjects(
            b ->
                b.bucket(BUCKET)
                    .delete(
                        d ->
                            d.objects(
                                keys.stream()
                                    .map(k -> ObjectIdentifier.builder().key(k).build())
                                    .toList())));
    assertThat(response.deleted()).extracting(DeletedObject::key).containsExactlyElementsOf(keys);
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).keyCount()).isZero();
  }

  @Test
  void the_null_version_is_the_object_and_any_other_version_is_reported_deleted_untouched() {
    put("v", "x");
    put("w", "y");
    DeleteObjectsResponse response =
        s3.deleteObjects(
            b ->
                b.bucket(BUCKET)
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("v").versionId("null").build(),
                                ObjectIdentifier.builder()
                                    .key("w")
                                    .versionId("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY")
                                    .build())));
    assertThat(response.deleted())
        .extracting(DeletedObject::key, DeletedObject::versionId)
        .containsExactly(tuple("v", "null"), tuple("w", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"));
    assertThatThrownBy(() -> read("v")).isInstanceOf(NoSuchKeyException.class);
    assertThat(read("w")).isEqualTo("y");
  }

  @Test
  void another_account_deletes_in_a_bucket_it_does_not_own_unless_cross_account_access_is_off() {
    put("one", "1");
    put("two", "2");
    DeleteObjectsResponse response =
        other.deleteObjects(
            b ->
                b.bucket(BUCKET)
                    .delete(d -> d.objects(ObjectIdentifier.builder().key("one").build())));
    assertThat(response.deleted()).extracting(DeletedObject::key).containsExactly("one");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () ->
            other.deleteObjects(
                b ->
                    b.bucket(BUCKET)
                        .delete(d -> d.objects(ObjectIdentifier.builder().key("two").build()))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(read("two")).isEqualTo("2");
  }

  @Test
  void a_copy_writes_new_bytes_a_rename_and_an_in_place_copy_keep_them_and_delete_releases() {
    BlobStore blobs = server.moto().injector().getInstance(BlobStore.class);
    int files = blobs.fileCount();
    byte[] big = new byte[2 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) 'b');
    s3.putObject(b -> b.bucket(BUCKET).key("big"), RequestBody.fromBytes(big));
    assertThat(blobs.fileCount()).isEqualTo(files + 1);

    s3.copyObject(
        b ->
            b.sourceBucket(BUCKET)
                .sourceKey("big")
                .destinationBucket(BUCKET)
                .destinationKey("big copy"));
    assertThat(blobs.fileCount()).isEqualTo(files + 2);
    s3.renameObject(b -> b.bucket(BUCKET).key("moved").renameSource(BUCKET + "/big copy"));
    s3.copyObject(
        b ->
            b.sourceBucket(BUCKET)
                .sourceKey("big")
                .destinationBucket(BUCKET)
                .destinationKey("big")
                .metadataDirective("REPLACE")
                .metadata(Map.of("touched", "yes")));
    assertThat(blobs.fileCount()).isEqualTo(files + 2);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("moved")).asByteArray())
        .isEqualTo(big);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("big")).asByteArray()).isEqualTo(big);

    DeleteObjectsResponse response =
        s3.deleteObjects(
            b ->
                b.bucket(BUCKET)
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("big").build(),
                                ObjectIdentifier.builder().key("moved").build())));
    assertThat(response.deleted()).hasSize(2);
    assertThat(blobs.fileCount()).isEqualTo(files);
  }

  String put(String key, String content) {
    return s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(content)).eTag();
  }

  String read(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String();
  }
}
