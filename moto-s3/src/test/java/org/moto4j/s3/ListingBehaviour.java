package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** ListObjects and ListObjectsV2 through the AWS SDK, run once per addressing style. */
abstract class ListingBehaviour extends TwoAccountFixture {

  /**
   * Keys S3 clients stumble over: spaces, {@code +} and {@code %} (which URL decoding changes),
   * XML's own special characters, characters beyond ASCII and beyond the BMP.
   */
  static final List<String> AWKWARD_KEYS =
      List.of(
          "a b.txt",
          "a+b.txt",
          "100%.csv",
          "%41 literal",
          "한글/x.txt",
          "run books/x y.txt",
          "emoji 😀/face",
          "amp&lt<gt>\"quote'",
          "trailing/");

  /** Keys with control characters, which XML 1.0 cannot carry: only URL encoding lists them. */
  static final List<String> CONTROL_KEYS = List.of("ctl\u0001\u001f.bin", "tab\tand\nnewline");

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket("listing"));
  }

  @Test
  void list_objects_v1_pages_with_the_last_key_as_marker_and_always_shows_the_owner() {
    put(s3, "c", "a", "b", "d/1");
    ListObjectsResponse first = s3.listObjects(b -> b.bucket("listing").maxKeys(2));
    assertThat(first.contents()).extracting(S3Object::key).containsExactly("a", "b");
    assertThat(first.isTruncated()).isTrue();
    assertThat(first.nextMarker()).as("NextMarker comes only with a delimiter").isNull();
    assertThat(first.maxKeys()).isEqualTo(2);
    assertThat(first.contents().get(0).owner().id())
        .isEqualTo(CanonicalIds.of(AccountId.of("123456789012")));
    assertThat(first.contents().get(0).size()).isEqualTo(1);
    assertThat(first.contents().get(0).storageClass().toString()).isEqualTo("STANDARD");

    ListObjectsResponse rest =
        s3.listObjects(b -> b.bucket("listing").maxKeys(2).marker(first.contents().get(1).key()));
    assertThat(rest.contents()).extracting(S3Object::key).containsExactly("c", "d/1");
    assertThat(rest.marker()).isEqualTo("b");
    assertThat(rest.isTruncated()).isFalse();
  }

  @Test
  void list_objects_v1_with_a_delimiter_gives_the_last_entry_as_next_marker() {
    put(s3, "a", "b/1", "b/2", "c/1", "d");
    ListObjectsResponse first = s3.listObjects(b -> b.bucket("listing").delimiter("/").maxKeys(2));
    assertThat(first.contents()).extracting(S3Object::key).containsExactly("a");
    assertThat(first.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("b/");
    assertThat(first.isTruncated()).isTrue();
    assertThat(first.nextMarker()).isEqualTo("b/");
    assertThat(first.delimiter()).isEqualTo("/");

    ListObjectsResponse second =
        s3.listObjects(b -> b.bucket("listing").delimiter("/").maxKeys(2).marker("b/"));
    assertThat(second.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("c/");
    assertThat(second.contents()).extracting(S3Object::key).containsExactly("d");
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.nextMarker()).isNull();
  }

  @Test
  void list_objects_v2_shows_the_owner_only_when_asked() {
    put(s3, "mine");
    put(other, "theirs");
    assertThat(s3.listObjectsV2(b -> b.bucket("listing")).contents())
        .allSatisfy(o -> assertThat(o.owner()).isNull());
    List<S3Object> owned = s3.listObjectsV2(b -> b.bucket("listing").fetchOwner(true)).contents();
    assertThat(owned)
        .extracting(o -> o.owner().id())
        .containsExactly(
            CanonicalIds.of(AccountId.of("123456789012")),
            CanonicalIds.of(AccountId.of(ANOTHER_ACCOUNT)));
    assertThat(owned)
        .allSatisfy(o -> assertThat(o.storageClass().toString()).isEqualTo("STANDARD"));
  }

  @Test
  void list_objects_v2_starts_after_start_after_and_a_continuation_token_overrides_it() {
    put(s3, "a", "b", "c", "d", "e");
    ListObjectsV2Response first =
        s3.listObjectsV2(b -> b.bucket("listing").startAfter("a").maxKeys(2));
    assertThat(first.contents()).extracting(S3Object::key).containsExactly("b", "c");
    assertThat(first.startAfter()).isEqualTo("a");
    assertThat(first.keyCount()).isEqualTo(2);
    assertThat(first.nextContinuationToken()).isNotBlank();

    ListObjectsV2Response second =
        s3.listObjectsV2(
            b ->
                b.bucket("listing")
                    .startAfter("d")
                    .continuationToken(first.nextContinuationToken())
                    .maxKeys(2));
    assertThat(second.contents()).extracting(S3Object::key).containsExactly("d", "e");
    assertThat(second.continuationToken()).isEqualTo(first.nextContinuationToken());
    assertThat(second.startAfter()).isEqualTo("d");
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.nextContinuationToken()).isNull();
  }

  @Test
  void each_object_lists_its_storage_class_and_the_checksum_it_was_written_with() {
    s3.putObject(b -> b.bucket("listing").key("default"), RequestBody.fromString("x"));
    s3.putObject(
        b -> b.bucket("listing").key("sha").checksumAlgorithm(ChecksumAlgorithm.SHA256),
        RequestBody.fromString("x"));
    s3.putObject(
        b -> b.bucket("listing").key("cold").storageClass(StorageClass.STANDARD_IA),
        RequestBody.fromString("x"));
    List<S3Object> v2 = s3.listObjectsV2(b -> b.bucket("listing")).contents();
    List<S3Object> v1 = s3.listObjects(b -> b.bucket("listing")).contents();
    for (List<S3Object> listed : List.of(v2, v1)) {
      assertThat(listed).extracting(S3Object::key).containsExactly("cold", "default", "sha");
      assertThat(listed)
          .extracting(S3Object::storageClassAsString)
          .containsExactly("STANDARD_IA", "STANDARD", "STANDARD");
      // The SDK sends a CRC32 by default; S3 keeps the checksum a writer sends.
      assertThat(listed.get(1).checksumAlgorithm()).containsExactly(ChecksumAlgorithm.CRC32);
      assertThat(listed.get(2).checksumAlgorithm()).containsExactly(ChecksumAlgorithm.SHA256);
      assertThat(listed)
          .allSatisfy(o -> assertThat(o.checksumTypeAsString()).isEqualTo("FULL_OBJECT"));
      assertThat(listed).allSatisfy(o -> assertThat(o.restoreStatus()).isNull());
    }
  }

  @Test
  void max_keys_zero_answers_an_empty_page_that_is_not_truncated() {
    put(s3, "a", "b");
    ListObjectsV2Response v2 = s3.listObjectsV2(b -> b.bucket("listing").maxKeys(0));
    assertThat(v2.contents()).isEmpty();
    assertThat(v2.keyCount()).isZero();
    assertThat(v2.isTruncated()).isFalse();
    assertThat(v2.maxKeys()).isZero();
    ListObjectsResponse v1 = s3.listObjects(b -> b.bucket("listing").maxKeys(0));
    assertThat(v1.contents()).isEmpty();
    assertThat(v1.isTruncated()).isFalse();
  }

  @Test
  void awkward_keys_list_back_exactly_as_written_whether_or_not_url_encoding_is_asked() {
    put(s3, AWKWARD_KEYS.toArray(String[]::new));
    List<String> sorted = new ArrayList<>(AWKWARD_KEYS);
    sorted.sort(KeyOrder.INSTANCE);

    for (EncodingType encoding : new EncodingType[] {EncodingType.URL, null}) {
      ListObjectsV2Response v2 = s3.listObjectsV2(b -> b.bucket("listing").encodingType(encoding));
      assertThat(v2.contents()).extracting(S3Object::key).containsExactlyElementsOf(sorted);
      ListObjectsResponse v1 = s3.listObjects(b -> b.bucket("listing").encodingType(encoding));
      assertThat(v1.contents()).extracting(S3Object::key).containsExactlyElementsOf(sorted);
    }

    ListObjectsV2Response grouped =
        s3.listObjectsV2(b -> b.bucket("listing").delimiter(" ").encodingType(EncodingType.URL));
    assertThat(grouped.commonPrefixes())
        .extracting(CommonPrefix::prefix)
        .containsExactly("%41 ", "a ", "emoji ", "run ");
    assertThat(grouped.delimiter()).isEqualTo(" ");

    ListObjectsV2Response underPrefix =
        s3.listObjectsV2(
            b ->
                b.bucket("listing")
                    .prefix("run books/")
                    .startAfter("run books/a+")
                    .encodingType(EncodingType.URL));
    assertThat(underPrefix.contents())
        .extracting(S3Object::key)
        .containsExactly("run books/x y.txt");
    assertThat(underPrefix.prefix()).isEqualTo("run books/");
    assertThat(underPrefix.startAfter()).isEqualTo("run books/a+");

    ListObjectsResponse v1Page =
        s3.listObjects(
            b ->
                b.bucket("listing")
                    .delimiter("/")
                    .marker("a+b.txt")
                    .maxKeys(1)
                    .encodingType(EncodingType.URL));
    assertThat(v1Page.marker()).isEqualTo("a+b.txt");
    assertThat(v1Page.nextMarker()).isEqualTo(v1Page.contents().get(0).key());
  }

  @Test
  void control_characters_list_with_url_encoding_and_without_it_break_the_xml_as_on_s3() {
    put(s3, CONTROL_KEYS.toArray(String[]::new));
    put(s3, "plain");
    List<String> sorted = new ArrayList<>(CONTROL_KEYS);
    sorted.add("plain");
    sorted.sort(KeyOrder.INSTANCE);
    assertThat(s3.listObjectsV2(b -> b.bucket("listing").encodingType(EncodingType.URL)).contents())
        .extracting(S3Object::key)
        .containsExactlyElementsOf(sorted);
    assertThat(s3.listObjects(b -> b.bucket("listing").encodingType(EncodingType.URL)).contents())
        .extracting(S3Object::key)
        .containsExactlyElementsOf(sorted);
    // S3 writes such characters as character references XML 1.0 forbids; the SDK refuses them.
    assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("listing")))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("Could not parse XML response");
    assertThat(s3.listObjectsV2(b -> b.bucket("listing").prefix("p")).contents())
        .extracting(S3Object::key)
        .containsExactly("plain");
  }

  @Test
  void listing_a_missing_bucket_is_NoSuchBucket() {
    assertError(
        () -> s3.listObjectsV2(b -> b.bucket("nowhere")),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
    assertError(
        () -> s3.listObjects(b -> b.bucket("nowhere")),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
    assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("nowhere")))
        .isInstanceOf(NoSuchBucketException.class);
  }

  @Test
  void another_account_lists_a_bucket_it_does_not_own_by_default() {
    put(s3, "k1", "k2");
    assertThat(other.listObjectsV2(b -> b.bucket("listing")).contents())
        .extracting(S3Object::key)
        .containsExactly("k1", "k2");
    assertThat(other.listObjects(b -> b.bucket("listing")).contents())
        .extracting(o -> o.owner().id())
        .containsOnly(CanonicalIds.of(AccountId.of("123456789012")));
  }

  @Test
  void with_cross_account_access_off_another_account_is_denied_and_the_owner_is_not() {
    put(s3, "k1");
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.listObjectsV2(b -> b.bucket("listing")), 403, "AccessDenied", "Access Denied");
    assertError(
        () -> other.listObjects(b -> b.bucket("listing")), 403, "AccessDenied", "Access Denied");
    assertThat(s3.listObjectsV2(b -> b.bucket("listing")).keyCount()).isEqualTo(1);
    assertThat(s3.listObjects(b -> b.bucket("listing")).contents()).hasSize(1);
  }

  @Test
  void an_expected_bucket_owner_that_is_not_the_owner_is_denied() {
    put(s3, "k1");
    assertError(
        () -> s3.listObjectsV2(b -> b.bucket("listing").expectedBucketOwner(ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.listObjects(b -> b.bucket("listing").expectedBucketOwner(ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(
            other
                .listObjectsV2(b -> b.bucket("listing").expectedBucketOwner("123456789012"))
                .keyCount())
        .isEqualTo(1);
  }

  static void put(S3Client client, String... keys) {
    for (String key : keys) {
      client.putObject(b -> b.bucket("listing").key(key), RequestBody.fromString("x"));
    }
  }
}
