package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The minimal object operations through the AWS SDK, run once per addressing style. */
abstract class ObjectBehaviour extends TwoAccountFixture {

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket("objects"));
  }

  @Test
  void a_put_object_reads_back_with_its_etag_type_and_metadata() throws Exception {
    PutObjectResponse put =
        s3.putObject(
            b ->
                b.bucket("objects")
                    .key("notes/today.txt")
                    .contentType("text/plain")
                    .metadata(Map.of("author", "ada")),
            RequestBody.fromString("hello, world"));
    String md5 = md5("hello, world".getBytes(StandardCharsets.UTF_8));
    assertThat(put.eTag()).isEqualTo("\"" + md5 + "\"");

    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(b -> b.bucket("objects").key("notes/today.txt"));
    assertThat(got.asUtf8String()).isEqualTo("hello, world");
    assertThat(got.response().eTag()).isEqualTo(put.eTag());
    assertThat(got.response().contentType()).isEqualTo("text/plain");
    assertThat(got.response().contentLength()).isEqualTo(12);
    assertThat(got.response().metadata()).containsEntry("author", "ada");
    assertThat(got.response().lastModified()).isNotNull();

    HeadObjectResponse head = s3.headObject(b -> b.bucket("objects").key("notes/today.txt"));
    assertThat(head.contentLength()).isEqualTo(12);
    assertThat(head.eTag()).isEqualTo(put.eTag());
    assertThat(head.lastModified()).isEqualTo(got.response().lastModified());
  }

  @Test
  void a_payload_spanning_many_chunks_is_stored_byte_for_byte() throws Exception {
    byte[] payload = new byte[300_000];
    new Random(42).nextBytes(payload);
    PutObjectResponse put =
        s3.putObject(b -> b.bucket("objects").key("blob.bin"), RequestBody.fromBytes(payload));
    assertThat(put.eTag()).isEqualTo("\"" + md5(payload) + "\"");
    assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key("blob.bin")).asByteArray())
        .isEqualTo(payload);
  }

  @Test
  void an_empty_object_is_an_object() {
    s3.putObject(b -> b.bucket("objects").key("empty"), RequestBody.empty());
    assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key("empty")).asByteArray()).isEmpty();
    assertThat(s3.headObject(b -> b.bucket("objects").key("empty")).contentLength()).isZero();
  }

  @Test
  void keys_keep_every_character_they_were_written_with() {
    List<String> keys =
        List.of(
            "a+b c",
            "ünï/cødé €",
            "dir//double",
            "up/../down/./here",
            "trailing/",
            "%41 literal percent",
            "emoji 😀",
            "q?&=#");
    for (String key : keys) {
      s3.putObject(b -> b.bucket("objects").key(key), RequestBody.fromString(key));
    }
    for (String key : keys) {
      assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key(key)).asUtf8String())
          .isEqualTo(key);
    }
    assertThat(s3.listObjectsV2(b -> b.bucket("objects")).contents())
        .extracting(S3Object::key)
        .containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void a_missing_key_is_NoSuchKey_and_a_missing_bucket_NoSuchBucket() {
    assertThatThrownBy(() -> s3.getObject(b -> b.bucket("objects").key("nope")))
        .isInstanceOfSatisfying(
            NoSuchKeyException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The specified key does not exist."));
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("objects").key("nope")))
        .isInstanceOf(NoSuchKeyException.class);
    assertThatThrownBy(
            () -> s3.putObject(b -> b.bucket("no-bucket").key("k"), RequestBody.fromString("x")))
        .isInstanceOf(NoSuchBucketException.class);
  }

  @Test
  void deleting_an_object_removes_it_and_deleting_again_still_succeeds() {
    s3.putObject(b -> b.bucket("objects").key("doomed"), RequestBody.fromString("x"));
    s3.deleteObject(b -> b.bucket("objects").key("doomed"));
    assertThatThrownBy(() -> s3.getObject(b -> b.bucket("objects").key("doomed")))
        .isInstanceOf(NoSuchKeyException.class);
    s3.deleteObject(b -> b.bucket("objects").key("doomed"));
  }

  @Test
  void listing_returns_keys_in_order_under_a_prefix_grouped_by_delimiter() {
    for (String key : List.of("b/2", "a", "b/1", "c/x/1", "c/y", "d")) {
      s3.putObject(b -> b.bucket("objects").key(key), RequestBody.fromString(key));
    }
    ListObjectsV2Response all = s3.listObjectsV2(b -> b.bucket("objects"));
    assertThat(all.contents())
        .extracting(S3Object::key)
        .containsExactly("a", "b/1", "b/2", "c/x/1", "c/y", "d");
    assertThat(all.keyCount()).isEqualTo(6);
    assertThat(all.isTruncated()).isFalse();
    assertThat(all.contents().get(0).size()).isEqualTo(1);

    ListObjectsV2Response underB = s3.listObjectsV2(b -> b.bucket("objects").prefix("b/"));
    assertThat(underB.contents()).extracting(S3Object::key).containsExactly("b/1", "b/2");

    ListObjectsV2Response grouped = s3.listObjectsV2(b -> b.bucket("objects").delimiter("/"));
    assertThat(grouped.contents()).extracting(S3Object::key).containsExactly("a", "d");
    assertThat(grouped.commonPrefixes())
        .extracting(CommonPrefix::prefix)
        .containsExactly("b/", "c/");

    List<String> paged =
        s3.listObjectsV2Paginator(b -> b.bucket("objects").maxKeys(2)).contents().stream()
            .map(S3Object::key)
            .toList();
    assertThat(paged).containsExactly("a", "b/1", "b/2", "c/x/1", "c/y", "d");
  }

  @Test
  void another_account_reads_and_writes_objects_in_a_bucket_it_does_not_own() {
    other.putObject(b -> b.bucket("objects").key("from-other"), RequestBody.fromString("hi"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key("from-other")).asUtf8String())
        .isEqualTo("hi");
    assertThat(other.listObjectsV2(b -> b.bucket("objects").fetchOwner(true)).contents())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.owner().id())
                    .isEqualTo(CanonicalIds.of(AccountId.of(ANOTHER_ACCOUNT))));
    assertThat(other.listBuckets().buckets()).isEmpty();
  }

  @Test
  void with_cross_account_access_off_another_accounts_object_requests_are_denied() {
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.putObject(b -> b.bucket("objects").key("k"), RequestBody.fromString("x")),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.listObjectsV2(b -> b.bucket("objects")), 403, "AccessDenied", "Access Denied");
    assertThat(s3.listObjectsV2(b -> b.bucket("objects")).keyCount()).isZero();
  }

  private static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }
}
