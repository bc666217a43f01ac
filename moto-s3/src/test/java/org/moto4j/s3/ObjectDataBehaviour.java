package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.ChecksumAlgorithm;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * The object data path through the sync AWS SDK (its default checksum behaviour: aws-chunked bodies
 * with a CRC32 trailer), run once per addressing style: round trips, every header, keys, ranges,
 * conditions, checksums, conditional writes and deletes, and a second account.
 */
abstract class ObjectDataBehaviour extends TwoAccountFixture {

  static final String BUCKET = "data";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  // --- round trips -------------------------------------------------------------------------

  @Test
  void empty_one_byte_and_multi_mebibyte_objects_round_trip_byte_for_byte() {
    for (long size : new long[] {0, 1, 5L * 1024 * 1024 + 3}) {
      String key = "size-" + size;
      PutObjectResponse put =
          s3.putObject(
              b -> b.bucket(BUCKET).key(key),
              RequestBody.fromContentProvider(
                  () -> GeneratedContent.stream(size, size), size, "application/octet-stream"));
      String md5 = GeneratedContent.md5Hex(size, size);
      assertThat(put.eTag()).isEqualTo("\"" + md5 + "\"");
      ResponseInputStream<GetObjectResponse> got = s3.getObject(b -> b.bucket(BUCKET).key(key));
      assertThat(got.response().contentLength()).isEqualTo(size);
      assertThat(GeneratedContent.md5Hex(got)).isEqualTo(md5);
    }
  }

  @Test
  void a_twenty_mebibyte_body_streamed_from_a_generator_round_trips() {
    long size = 20L * 1024 * 1024;
    s3.putObject(
        b -> b.bucket(BUCKET).key("big"),
        RequestBody.fromContentProvider(
            () -> GeneratedContent.stream(7, size), size, "application/octet-stream"));
    ResponseInputStream<GetObjectResponse> got = s3.getObject(b -> b.bucket(BUCKET).key("big"));
    assertThat(got.response().contentLength()).isEqualTo(size);
    assertThat(GeneratedContent.md5Hex(got)).isEqualTo(GeneratedContent.md5Hex(7, size));
  }

  // --- headers ------------------------------------------------------------------------------

  @Test
  void content_headers_metadata_class_redirect_and_tags_are_stored_and_answered() {
    Instant expires = Instant.parse("2030-01-02T03:04:05Z");
    s3.putObject(
        b ->
            b.bucket(BUCKET)
                .key("described")
                .contentType("text/markdown")
                .contentEncoding("gzip")
                .contentDisposition("attachment; filename=\"notes.md\"")
                .contentLanguage("fr-CA")
                .cacheControl("max-age=60")
                .expires(expires)
                .metadata(Map.of("Author", "Ada", "topic", "engines"))
                .storageClass(StorageClass.STANDARD_IA)
                .websiteRedirectLocation("/elsewhere.html")
                .tagging("project=moto&team=s3"),
        RequestBody.fromString("# notes"));

    for (var response :
        List.of(
            s3.getObject(b -> b.bucket(BUCKET).key("described")).response(),
            headAsGet(s3.headObject(b -> b.bucket(BUCKET).key("described"))))) {
      assertThat(response.contentType()).isEqualTo("text/markdown");
      assertThat(response.contentEncoding()).isEqualTo("gzip");
      assertThat(response.contentDisposition()).isEqualTo("attachment; filename=\"notes.md\"");
      assertThat(response.contentLanguage()).isEqualTo("fr-CA");
      assertThat(response.cacheControl()).isEqualTo("max-age=60");
      assertThat(response.expires()).isEqualTo(expires);
      assertThat(response.metadata())
          .containsExactlyInAnyOrderEntriesOf(Map.of("author", "Ada", "topic", "engines"));
      assertThat(response.storageClass()).isEqualTo(StorageClass.STANDARD_IA);
      assertThat(response.websiteRedirectLocation()).isEqualTo("/elsewhere.html");
      assertThat(response.tagCount()).isEqualTo(2);
      assertThat(response.acceptRanges()).isEqualTo("bytes");
      assertThat(response.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
      assertThat(response.contentLength()).isEqualTo(7);
    }
  }

  @Test
  void a_plain_object_has_s3s_defaults_and_no_storage_class_header() {
    PutObjectResponse put =
        s3.putObject(b -> b.bucket(BUCKET).key("plain"), RequestBody.fromString("x"));
    assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    GetObjectResponse got = s3.getObject(b -> b.bucket(BUCKET).key("plain")).response();
    assertThat(got.storageClass()).isNull();
    assertThat(got.tagCount()).isNull();
    assertThat(got.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    assertThat(got.versionId()).isNull();
    assertThat(got.partsCount()).isNull();
  }

  @Test
  void response_overrides_replace_the_stored_headers_on_get() {
    s3.putObject(
        b -> b.bucket(BUCKET).key("override").contentType("text/plain"),
        RequestBody.fromString("x"));
    GetObjectResponse got =
        s3.getObject(
                b ->
                    b.bucket(BUCKET)
                        .key("override")
                        .responseContentType("application/json")
                        .responseContentLanguage("de")
                        .responseCacheControl("no-cache")
                        .responseContentDisposition("inline")
                        .responseContentEncoding("identity")
                        .responseExpires(Instant.parse("2031-05-06T07:08:09Z")))
            .response();
    assertThat(got.contentType()).isEqualTo("application/json");
    assertThat(got.contentLanguage()).isEqualTo("de");
    assertThat(got.cacheControl()).isEqualTo("no-cache");
    assertThat(got.contentDisposition()).isEqualTo("inline");
    assertThat(got.contentEncoding()).isEqualTo("identity");
    assertThat(got.expires()).isEqualTo(Instant.parse("2031-05-06T07:08:09Z"));
  }

  @Test
  void metadata_beyond_two_kilobytes_is_MetadataTooLarge_and_stores_nothing() {
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("heavy").metadata(Map.of("big", "v".repeat(2046))),
                RequestBody.fromString("x")),
        400,
        "MetadataTooLarge",
        "Your metadata headers exceed the maximum allowed metadata size");
    s3.putObject(
        b -> b.bucket(BUCKET).key("just-fits").metadata(Map.of("big", "v".repeat(2045))),
        RequestBody.fromString("x"));
    assertThat(keys()).containsExactly("just-fits");
  }

  @Test
  void an_unknown_storage_class_is_InvalidStorageClass_and_an_archived_object_cannot_be_read() {
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("k").storageClass("WARM"), RequestBody.fromString("x")),
        400,
        "InvalidStorageClass",
        "The storage class you specified is not valid");
    s3.putObject(
        b -> b.bucket(BUCKET).key("cold").storageClass(StorageClass.GLACIER),
        RequestBody.fromString("x"));
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("cold")).storageClass())
        .isEqualTo(StorageClass.GLACIER);
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("cold")),
        403,
        "InvalidObjectState",
        "The operation is not valid for the object's storage class");
  }

  @Test
  void kms_encryption_is_stored_with_its_key_arn_and_bucket_key() {
    PutObjectResponse put =
        s3.putObject(
            b ->
                b.bucket(BUCKET)
                    .key("kms")
                    .serverSideEncryption(ServerSideEncryption.AWS_KMS)
                    .ssekmsKeyId("1234abcd-12ab-34cd-56ef-1234567890ab")
                    .bucketKeyEnabled(true),
            RequestBody.fromString("secret"));
    String arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(put.ssekmsKeyId()).isEqualTo(arn);
    assertThat(put.bucketKeyEnabled()).isTrue();
    HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("kms"));
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(head.ssekmsKeyId()).isEqualTo(arn);
    assertThat(head.bucketKeyEnabled()).isTrue();
  }

  @Test
  void kms_without_a_key_id_uses_the_accounts_aws_managed_key() {
    Consumer<String> put =
        key ->
            s3.putObject(
                b ->
                    b.bucket(BUCKET)
                        .key(key)
                        .serverSideEncryption(ServerSideEncryption.AWS_KMS_DSSE),
                RequestBody.fromString("x"));
    put.accept("one");
    put.accept("two");
    HeadObjectResponse one = s3.headObject(b -> b.bucket(BUCKET).key("one"));
    assertThat(one.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS_DSSE);
    assertThat(one.ssekmsKeyId())
        .matches("arn:aws:kms:us-east-1:123456789012:key/[0-9a-f-]{36}")
        .isEqualTo(s3.headObject(b -> b.bucket(BUCKET).key("two")).ssekmsKeyId());
    assertThat(one.bucketKeyEnabled()).isNull();
  }

  @Test
  void a_customer_key_object_needs_its_key_to_be_read() throws Exception {
    byte[] key = new byte[32];
    key[0] = 7;
    String keyText = Base64.getEncoder().encodeToString(key);
    String keyMd5 =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(key));
    PutObjectResponse put =
        s3.putObject(
            b ->
                b.bucket(BUCKET)
                    .key("sse-c")
                    .sseCustomerAlgorithm("AES256")
                    .sseCustomerKey(keyText)
                    .sseCustomerKeyMD5(keyMd5),
            RequestBody.fromString("mine"));
    assertThat(put.sseCustomerAlgorithm()).isEqualTo("AES256");
    assertThat(put.sseCustomerKeyMD5()).isEqualTo(keyMd5);
    assertThat(put.serverSideEncryption()).isNull();

    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(
            b ->
                b.bucket(BUCKET)
                    .key("sse-c")
                    .sseCustomerAlgorithm("AES256")
                    .sseCustomerKey(keyText)
                    .sseCustomerKeyMD5(keyMd5));
    assertThat(got.asUtf8String()).isEqualTo("mine");
    assertThat(got.response().sseCustomerKeyMD5()).isEqualTo(keyMd5);

    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("sse-c")),
        400,
        "InvalidRequest",
        "The object was stored using a form of Server Side Encryption. The correct parameters"
            + " must be provided to retrieve the object.");
    byte[] wrong = new byte[32];
    String wrongText = Base64.getEncoder().encodeToString(wrong);
    String wrongMd5 =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(wrong));
    assertError(
        () ->
            s3.getObjectAsBytes(
                b ->
                    b.bucket(BUCKET)
                        .key("sse-c")
                        .sseCustomerAlgorithm("AES256")
                        .sseCustomerKey(wrongText)
                        .sseCustomerKeyMD5(wrongMd5)),
        403,
        "AccessDenied",
        "Access Denied");
  }

  // --- keys ---------------------------------------------------------------------------------

  @Test
  void keys_with_spaces_plus_percent_slashes_unicode_and_a_trailing_slash_round_trip() {
    List<String> keys =
        List.of(
            "with space",
            "a+b",
            "100% sure",
            "%2F not a slash",
            "dir//double//",
            "up/../down/./here",
            "ünïcødé/日本語/😀",
            "trailing/",
            "k".repeat(1024),
            "é".repeat(512));
    for (String key : keys) {
      s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(key));
    }
    for (String key : keys) {
      assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String()).isEqualTo(key);
      assertThat(s3.headObject(b -> b.bucket(BUCKET).key(key)).contentLength())
          .isEqualTo(key.getBytes(StandardCharsets.UTF_8).length);
    }
    assertThat(keys()).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void a_key_over_1024_utf8_bytes_is_KeyTooLongError() {
    for (String key : List.of("k".repeat(1025), "é".repeat(512) + "k")) {
      assertError(
          () -> s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString("x")),
          400,
          "KeyTooLongError",
          "Your key is too long");
    }
    assertThat(keys()).isEmpty();
  }

  // --- ranges -------------------------------------------------------------------------------

  @Test
  void ranges_answer_206_with_the_slice_and_its_content_range() {
    s3.putObject(b -> b.bucket(BUCKET).key("digits"), RequestBody.fromString("0123456789"));
    assertRange("bytes=2-5", "2345", "bytes 2-5/10");
    assertRange("bytes=7-", "789", "bytes 7-9/10");
    assertRange("bytes=-3", "789", "bytes 7-9/10");
    assertRange("bytes=8-100", "89", "bytes 8-9/10");
    assertRange("bytes=-100", "0123456789", "bytes 0-9/10");
    HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("digits").range("bytes=1-2"));
    assertThat(head.contentLength()).isEqualTo(2);
    assertThat(head.contentRange()).isEqualTo("bytes 1-2/10");
  }

  @Test
  void a_range_past_the_end_is_InvalidRange_416_and_a_malformed_one_is_ignored() {
    s3.putObject(b -> b.bucket(BUCKET).key("digits"), RequestBody.fromString("0123456789"));
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits").range("bytes=10-20")),
        416,
        "InvalidRange",
        "The requested range is not satisfiable");
    for (String ignored : List.of("bytes=5-2", "bytes=a-b", "items=0-1", "bytes=0-1,3-4")) {
      ResponseBytes<GetObjectResponse> got =
          s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits").range(ignored));
      assertThat(got.asUtf8String()).as(ignored).isEqualTo("0123456789");
      assertThat(got.response().contentRange()).as(ignored).isNull();
    }
  }

  @Test
  void part_one_of_a_single_upload_is_the_whole_object_and_part_two_InvalidPartNumber() {
    s3.putObject(b -> b.bucket(BUCKET).key("single"), RequestBody.fromString("0123456789"));
    ResponseBytes<GetObjectResponse> part =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("single").partNumber(1));
    assertThat(part.asUtf8String()).isEqualTo("0123456789");
    assertThat(part.response().contentRange()).isEqualTo("bytes 0-9/10");
    assertThat(part.response().partsCount()).isNull();
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("single").partNumber(1)).contentRange())
        .isEqualTo("bytes 0-9/10");
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("single").partNumber(2)),
        416,
        "InvalidPartNumber",
        "The requested partnumber is not satisfiable");
  }

  // --- conditions ---------------------------------------------------------------------------

  @Test
  void read_preconditions_answer_412_and_304_in_awss_order() {
    PutObjectResponse put =
        s3.putObject(b -> b.bucket(BUCKET).key("cond"), RequestBody.fromString("x"));
    String etag = put.eTag();
    Instant modified = s3.headObject(b -> b.bucket(BUCKET).key("cond")).lastModified();
    Instant before = modified.minusSeconds(60);
    Instant after = modified.plusSeconds(60);

    assertReadStatus(b -> b.ifMatch(etag), 200);
    assertReadStatus(b -> b.ifMatch("\"0000\""), 412);
    assertReadStatus(b -> b.ifUnmodifiedSince(before), 412);
    assertReadStatus(b -> b.ifUnmodifiedSince(after), 200);
    assertReadStatus(b -> b.ifMatch(etag).ifUnmodifiedSince(before), 200);
    assertReadStatus(b -> b.ifNoneMatch(etag), 304);
    assertReadStatus(b -> b.ifNoneMatch("\"0000\""), 200);
    assertReadStatus(b -> b.ifModifiedSince(modified), 304);
    assertReadStatus(b -> b.ifModifiedSince(after), 304);
    assertReadStatus(b -> b.ifModifiedSince(before), 200);
    assertReadStatus(b -> b.ifNoneMatch(etag).ifModifiedSince(before), 304);
    assertReadStatus(b -> b.ifMatch("\"0000\"").ifNoneMatch(etag), 412);
  }

  @Test
  void a_failed_get_precondition_names_the_condition() {
    s3.putObject(b -> b.bucket(BUCKET).key("cond"), RequestBody.fromString("x"));
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("cond").ifMatch("\"nope\"")),
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold");
  }

  @Test
  void conditional_writes_put_only_over_the_expected_object() {
    String first =
        s3.putObject(
                b -> b.bucket(BUCKET).key("cas").ifNoneMatch("*"), RequestBody.fromString("v1"))
            .eTag();
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("cas").ifNoneMatch("*"), RequestBody.fromString("v2")),
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold");
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("cas").ifMatch("\"0000\""), RequestBody.fromString("v2")),
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold");
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("free").ifMatch(first), RequestBody.fromString("v2")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    s3.putObject(b -> b.bucket(BUCKET).key("cas").ifMatch(first), RequestBody.fromString("v3"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("cas")).asUtf8String())
        .isEqualTo("v3");
    assertThat(keys()).containsExactly("cas");
  }

  @Test
  void delete_answers_204_for_any_key_and_honours_if_match() {
    s3.deleteObject(b -> b.bucket(BUCKET).key("never-there"));
    String etag =
        s3.putObject(b -> b.bucket(BUCKET).key("doomed"), RequestBody.fromString("x")).eTag();
    assertError(
        () -> s3.deleteObject(b -> b.bucket(BUCKET).key("doomed").ifMatch("\"0000\"")),
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold");
    assertThat(keys()).containsExactly("doomed");
    s3.deleteObject(b -> b.bucket(BUCKET).key("doomed").ifMatch(etag));
    assertThat(keys()).isEmpty();
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("doomed")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  // --- checksums ----------------------------------------------------------------------------

  @Test
  void every_sdk_checksum_algorithm_is_verified_stored_and_returned_in_checksum_mode() {
    byte[] content = GeneratedContent.bytes(11, 70_000);
    Map<software.amazon.awssdk.services.s3.model.ChecksumAlgorithm, ChecksumAlgorithm> algorithms =
        Map.of(
            software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32,
            ChecksumAlgorithm.CRC32,
            software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.CRC32_C,
            ChecksumAlgorithm.CRC32C,
            software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA1,
            ChecksumAlgorithm.SHA1,
            software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256,
            ChecksumAlgorithm.SHA256);
    algorithms.forEach(
        (sdk, ours) -> {
          String key = "sum-" + ours;
          String expected = checksum(ours, content);
          PutObjectResponse put =
              s3.putObject(
                  b -> b.bucket(BUCKET).key(key).checksumAlgorithm(sdk),
                  RequestBody.fromBytes(content));
          assertThat(checksumOf(put, ours)).as(key).isEqualTo(expected);
          assertThat(put.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);

          GetObjectResponse plain = s3.getObject(b -> b.bucket(BUCKET).key(key)).response();
          assertThat(plain.checksumCRC32()).isNull();
          assertThat(plain.checksumSHA256()).isNull();

          ResponseBytes<GetObjectResponse> got =
              s3.getObjectAsBytes(
                  b -> b.bucket(BUCKET).key(key).checksumMode(ChecksumMode.ENABLED));
          assertThat(got.asByteArray()).isEqualTo(content);
          assertThat(checksumOf(got.response(), ours)).as(key).isEqualTo(expected);
          assertThat(got.response().checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
          HeadObjectResponse head =
              s3.headObject(b -> b.bucket(BUCKET).key(key).checksumMode(ChecksumMode.ENABLED));
          assertThat(head.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
        });
  }

  @Test
  void the_sdks_default_crc32_trailer_is_kept_and_a_range_carries_no_whole_object_checksum() {
    byte[] content = GeneratedContent.bytes(3, 1000);
    PutObjectResponse put =
        s3.putObject(b -> b.bucket(BUCKET).key("default"), RequestBody.fromBytes(content));
    assertThat(put.checksumCRC32()).isEqualTo(checksum(ChecksumAlgorithm.CRC32, content));
    GetObjectResponse ranged =
        s3.getObject(
                b ->
                    b.bucket(BUCKET)
                        .key("default")
                        .range("bytes=0-9")
                        .checksumMode(ChecksumMode.ENABLED))
            .response();
    assertThat(ranged.checksumCRC32()).isNull();
    assertThat(ranged.contentRange()).isEqualTo("bytes 0-9/1000");
  }

  // --- accounts -----------------------------------------------------------------------------

  @Test
  void another_account_writes_reads_and_deletes_in_a_bucket_it_does_not_own_and_owns_its_objects() {
    other.putObject(
        b -> b.bucket(BUCKET).key("theirs").metadata(Map.of("by", "other")),
        RequestBody.fromString("hello"));
    StoredObject stored =
        server
            .moto()
            .injector()
            .getInstance(BucketNamespace.class)
            .get(BUCKET)
            .objects()
            .get("theirs");
    assertThat(stored.owner()).isEqualTo(AccountId.of(ANOTHER_ACCOUNT));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("theirs")).asUtf8String())
        .isEqualTo("hello");
    assertThat(other.headObject(b -> b.bucket(BUCKET).key("theirs")).metadata())
        .containsEntry("by", "other");
    assertThat(
            other
                .getObjectAsBytes(b -> b.bucket(BUCKET).key("theirs").range("bytes=1-2"))
                .asUtf8String())
        .isEqualTo("el");
    other.deleteObject(b -> b.bucket(BUCKET).key("theirs"));
    assertThat(keys()).isEmpty();
  }

  @Test
  void with_cross_account_access_off_every_object_operation_of_another_account_is_AccessDenied() {
    s3.putObject(b -> b.bucket(BUCKET).key("mine"), RequestBody.fromString("x"));
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.putObject(b -> b.bucket(BUCKET).key("k"), RequestBody.fromString("x")),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.getObjectAsBytes(b -> b.bucket(BUCKET).key("mine")),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.deleteObject(b -> b.bucket(BUCKET).key("mine")),
        403,
        "AccessDenied",
        "Access Denied");
    assertThatThrownBy(() -> other.headObject(b -> b.bucket(BUCKET).key("mine")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    assertThat(keys()).containsExactly("mine");
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("mine")).asUtf8String())
        .isEqualTo("x");
  }

  // --- helpers ------------------------------------------------------------------------------

  List<String> keys() {
    return server
        .moto()
        .injector()
        .getInstance(BucketNamespace.class)
        .get(BUCKET)
        .objects()
        .keySet()
        .stream()
        .toList();
  }

  private void assertRange(String range, String body, String contentRange) {
    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits").range(range));
    assertThat(got.asUtf8String()).as(range).isEqualTo(body);
    assertThat(got.response().contentRange()).as(range).isEqualTo(contentRange);
    assertThat(got.response().contentLength()).as(range).isEqualTo(body.length());
  }

  private void assertReadStatus(Consumer<GetObjectRequest.Builder> conditions, int status) {
    Consumer<GetObjectRequest.Builder> request =
        b -> conditions.accept(b.bucket(BUCKET).key("cond"));
    if (status == 200) {
      assertThat(s3.getObjectAsBytes(request).asUtf8String()).isEqualTo("x");
      return;
    }
    assertThatThrownBy(() -> s3.getObjectAsBytes(request))
        .isInstanceOfSatisfying(
            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(status));
    // HEAD takes the same headers (the SDK's HeadObjectRequest names them alike).
    GetObjectRequest get = GetObjectRequest.builder().applyMutation(request).build();
    assertThatThrownBy(
            () ->
                s3.headObject(
                    h ->
                        h.bucket(BUCKET)
                            .key("cond")
                            .ifMatch(get.ifMatch())
                            .ifNoneMatch(get.ifNoneMatch())
                            .ifModifiedSince(get.ifModifiedSince())
                            .ifUnmodifiedSince(get.ifUnmodifiedSince())))
        .isInstanceOfSatisfying(
            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(status));
  }

  /** A HeadObject answer in GetObject's clothes, to check both with one set of assertions. */
  private static GetObjectResponse headAsGet(HeadObjectResponse head) {
    return GetObjectResponse.builder()
        .contentType(head.contentType())
        .contentEncoding(head.contentEncoding())
        .contentDisposition(head.contentDisposition())
        .contentLanguage(head.contentLanguage())
        .cacheControl(head.cacheControl())
        .expires(head.expires())
        .metadata(head.metadata())
        .storageClass(head.storageClass())
        .websiteRedirectLocation(head.websiteRedirectLocation())
        .tagCount(head.tagCount())
        .acceptRanges(head.acceptRanges())
        .serverSideEncryption(head.serverSideEncryption())
        .contentLength(head.contentLength())
        .build();
  }

  static String checksum(ChecksumAlgorithm algorithm, byte[] content) {
    ChecksumAlgorithm.Digest digest = algorithm.newDigest();
    digest.update(content, 0, content.length);
    return Base64.getEncoder().encodeToString(digest.finish());
  }

  private static String checksumOf(PutObjectResponse response, ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32 -> response.checksumCRC32();
      case CRC32C -> response.checksumCRC32C();
      case SHA1 -> response.checksumSHA1();
      case SHA256 -> response.checksumSHA256();
      default -> response.checksumCRC64NVME();
    };
  }

  private static String checksumOf(GetObjectResponse response, ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32 -> response.checksumCRC32();
      case CRC32C -> response.checksumCRC32C();
      case SHA1 -> response.checksumSHA1();
      case SHA256 -> response.checksumSHA256();
      default -> response.checksumCRC64NVME();
    };
  }
}
