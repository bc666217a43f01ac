package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.TaggingDirective;

/**
 * CopyObject through the sync AWS SDK, run once per addressing style: where copies go, across
 * buckets and accounts, the directives, copies onto themselves, missing sources and odd keys.
 */
abstract class CopyObjectBehaviour extends CopyObjectFixture {

  @Test
  void a_copy_within_a_bucket_and_across_buckets_has_the_bytes_etag_and_a_fresh_date() {
    String etag = put(SOURCE, "doc.txt", "hello, copy");
    CopyObjectResponse within = copy(b -> b.sourceKey("doc.txt").destinationBucket(SOURCE));
    CopyObjectResponse across = copy(b -> b.sourceKey("doc.txt").destinationKey("elsewhere"));

    assertThat(within.copyObjectResult().eTag()).isEqualTo(etag);
    assertThat(across.copyObjectResult().eTag()).isEqualTo(etag);
    assertThat(across.copyObjectResult().lastModified()).isNotNull();
    assertThat(across.copySourceVersionId()).isNull();
    assertThat(across.versionId()).isNull();
    assertThat(across.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    assertThat(body(SOURCE, "copy")).isEqualTo("hello, copy");
    assertThat(body(TARGET, "elsewhere")).isEqualTo("hello, copy");
    assertThat(body(SOURCE, "doc.txt")).isEqualTo("hello, copy");
  }

  @Test
  void a_copy_is_independent_of_its_source() {
    put(SOURCE, "orig", "first");
    copy(b -> b.sourceKey("orig"));
    s3.putObject(b -> b.bucket(SOURCE).key("orig"), RequestBody.fromString("second"));
    s3.deleteObject(b -> b.bucket(SOURCE).key("orig"));
    assertThat(body(TARGET, "copy")).isEqualTo("first");
  }

  @Test
  void another_account_copies_out_of_and_into_a_bucket_it_does_not_own() {
    other.createBucket(b -> b.bucket("others"));
    put(SOURCE, "shared", "from the first account");

    other.copyObject(
        b ->
            b.sourceBucket(SOURCE)
                .sourceKey("shared")
                .destinationBucket("others")
                .destinationKey("mine"));
    s3.copyObject(
        b ->
            b.sourceBucket("others")
                .sourceKey("mine")
                .destinationBucket(TARGET)
                .destinationKey("back"));
    other.copyObject(
        b ->
            b.sourceBucket("others")
                .sourceKey("mine")
                .destinationBucket(TARGET)
                .destinationKey("written-by-other"));

    assertThat(other.getObjectAsBytes(b -> b.bucket("others").key("mine")).asUtf8String())
        .isEqualTo("from the first account");
    assertThat(body(TARGET, "back")).isEqualTo("from the first account");
    assertThat(body(TARGET, "written-by-other")).isEqualTo("from the first account");
  }

  @Test
  void with_cross_account_access_off_neither_the_source_nor_the_destination_of_another_account() {
    other.createBucket(b -> b.bucket("others"));
    other.putObject(b -> b.bucket("others").key("theirs"), RequestBody.fromString("x"));
    put(SOURCE, "ours", "y");
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");

    assertError(
        () ->
            s3.copyObject(
                b ->
                    b.sourceBucket("others")
                        .sourceKey("theirs")
                        .destinationBucket(TARGET)
                        .destinationKey("stolen")),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () ->
            s3.copyObject(
                b ->
                    b.sourceBucket(SOURCE)
                        .sourceKey("ours")
                        .destinationBucket("others")
                        .destinationKey("pushed")),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.listObjectsV2(b -> b.bucket(TARGET)).keyCount()).isZero();
    assertThat(other.listObjectsV2(b -> b.bucket("others")).keyCount()).isEqualTo(1);
  }

  @Test
  void the_copy_directive_keeps_content_headers_metadata_and_tags_but_not_class_or_redirect() {
    s3.putObject(
        b ->
            b.bucket(SOURCE)
                .key("rich")
                .contentType("text/markdown")
                .contentEncoding("identity")
                .contentDisposition("inline")
                .contentLanguage("fr")
                .cacheControl("max-age=60")
                .metadata(Map.of("author", "ada", "topic", "copy"))
                .storageClass(StorageClass.STANDARD_IA)
                .websiteRedirectLocation("/elsewhere")
                .tagging("team=s3&tier=gold"),
        RequestBody.fromString("# rich"));

    copy(b -> b.sourceKey("rich").contentType("ignored/by-copy").metadata(Map.of("x", "y")));

    HeadObjectResponse head = s3.headObject(b -> b.bucket(TARGET).key("copy"));
    assertThat(head.contentType()).isEqualTo("text/markdown");
    assertThat(head.contentEncoding()).isEqualTo("identity");
    assertThat(head.contentDisposition()).isEqualTo("inline");
    assertThat(head.contentLanguage()).isEqualTo("fr");
    assertThat(head.cacheControl()).isEqualTo("max-age=60");
    assertThat(head.metadata()).isEqualTo(Map.of("author", "ada", "topic", "copy"));
    assertThat(head.storageClass()).isNull();
    assertThat(head.websiteRedirectLocation()).isNull();
    assertThat(s3.getObject(b -> b.bucket(TARGET).key("copy")).response().tagCount()).isEqualTo(2);
  }

  @Test
  void the_replace_directives_take_the_requests_headers_metadata_and_tags() {
    s3.putObject(
        b ->
            b.bucket(SOURCE)
                .key("plain")
                .contentType("text/plain")
                .metadata(Map.of("old", "1"))
                .tagging("a=1&b=2&c=3"),
        RequestBody.fromString("text"));

    copy(
        b ->
            b.sourceKey("plain")
                .metadataDirective(MetadataDirective.REPLACE)
                .contentType("application/json")
                .cacheControl("no-cache")
                .metadata(Map.of("new", "2"))
                .taggingDirective(TaggingDirective.REPLACE)
                .tagging("only=one")
                .storageClass(StorageClass.GLACIER_IR)
                .websiteRedirectLocation("https://example.com/"));

    HeadObjectResponse head = s3.headObject(b -> b.bucket(TARGET).key("copy"));
    assertThat(head.contentType()).isEqualTo("application/json");
    assertThat(head.cacheControl()).isEqualTo("no-cache");
    assertThat(head.metadata()).isEqualTo(Map.of("new", "2"));
    assertThat(head.storageClass()).isEqualTo(StorageClass.GLACIER_IR);
    assertThat(head.websiteRedirectLocation()).isEqualTo("https://example.com/");
    assertThat(s3.getObject(b -> b.bucket(TARGET).key("copy")).response().tagCount()).isEqualTo(1);

    copy(b -> b.sourceKey("plain").destinationKey("untagged").taggingDirective("REPLACE"));
    assertThat(s3.getObject(b -> b.bucket(TARGET).key("untagged")).response().tagCount()).isNull();
    HeadObjectResponse replacedBare =
        s3.headObject(b -> b.bucket(TARGET).key("untagged")); // metadata still COPY
    assertThat(replacedBare.metadata()).isEqualTo(Map.of("old", "1"));
  }

  @Test
  void an_unknown_directive_is_InvalidArgument_and_copies_nothing() {
    put(SOURCE, "k", "v");
    assertError(
        () -> copy(b -> b.sourceKey("k").metadataDirective("MERGE")),
        400,
        "InvalidArgument",
        "Unknown metadata directive.");
    assertError(
        () -> copy(b -> b.sourceKey("k").taggingDirective("copy")),
        400,
        "InvalidArgument",
        "Unknown tagging directive.");
    assertThat(s3.listObjectsV2(b -> b.bucket(TARGET)).keyCount()).isZero();
  }

  @Test
  void copying_onto_itself_needs_a_change_of_metadata_class_redirect_or_encryption() {
    String etag = put(SOURCE, "self", "same bytes");
    String illegal =
        "This copy request is illegal because it is trying to copy an object to itself without"
            + " changing the object's metadata, storage class, website redirect location or"
            + " encryption attributes.";
    assertError(
        () -> copy(b -> b.sourceKey("self").destinationBucket(SOURCE).destinationKey("self")),
        400,
        "InvalidRequest",
        illegal);
    assertError(
        () ->
            copy(
                b ->
                    b.sourceKey("self")
                        .destinationBucket(SOURCE)
                        .destinationKey("self")
                        .storageClass(StorageClass.STANDARD)
                        .taggingDirective(TaggingDirective.REPLACE)),
        400,
        "InvalidRequest",
        illegal);

    CopyObjectResponse replaced =
        copy(
            b ->
                b.sourceKey("self")
                    .destinationBucket(SOURCE)
                    .destinationKey("self")
                    .metadataDirective(MetadataDirective.REPLACE)
                    .metadata(Map.of("touched", "yes")));
    assertThat(replaced.copyObjectResult().eTag()).isEqualTo(etag);
    copy(
        b ->
            b.sourceKey("self")
                .destinationBucket(SOURCE)
                .destinationKey("self")
                .storageClass(StorageClass.ONEZONE_IA));

    HeadObjectResponse head = s3.headObject(b -> b.bucket(SOURCE).key("self"));
    assertThat(head.metadata()).containsEntry("touched", "yes");
    assertThat(head.storageClass()).isEqualTo(StorageClass.ONEZONE_IA);
    assertThat(body(SOURCE, "self")).isEqualTo("same bytes");
  }

  @Test
  void a_missing_source_is_NoSuchKey_a_missing_bucket_NoSuchBucket_and_other_versions_absent() {
    assertThatThrownBy(() -> copy(b -> b.sourceKey("nothing")))
        .isInstanceOf(NoSuchKeyException.class);
    assertThatThrownBy(() -> copy(b -> b.sourceBucket("no-such-bucket").sourceKey("k")))
        .isInstanceOf(NoSuchBucketException.class);
    assertThatThrownBy(() -> copy(b -> b.destinationBucket("no-such-bucket").sourceKey("k")))
        .isInstanceOf(NoSuchBucketException.class);

    put(SOURCE, "versioned", "v");
    copy(b -> b.sourceKey("versioned").sourceVersionId("null"));
    assertThat(body(TARGET, "copy")).isEqualTo("v");
    assertError(
        () ->
            copy(
                b -> b.sourceKey("versioned").sourceVersionId("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY")),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");
  }

  @Test
  void keys_with_spaces_plus_percent_unicode_and_question_marks_are_copied_both_ways() {
    List<String> keys =
        List.of("a b+c", "100% sure", "ünï/cødé €", "what?&=#", "emoji 😀", "dir//x", "trail/");
    for (String key : keys) {
      put(SOURCE, key, key);
      copy(b -> b.sourceKey(key).destinationKey("copy of " + key));
    }
    for (String key : keys) {
      assertThat(body(TARGET, "copy of " + key)).isEqualTo(key);
    }
  }
}
