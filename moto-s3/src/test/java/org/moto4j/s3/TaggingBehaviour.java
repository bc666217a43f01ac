package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.TaggingDirective;

/**
 * Bucket and object tags through the AWS SDK, run once per addressing style: the Put/Get/Delete
 * calls, {@code x-amz-tagging} on uploads, copies and multipart uploads, the tag count on reads,
 * and S3's limits.
 */
abstract class TaggingBehaviour extends TwoAccountFixture {

  static final String BUCKET = "tagged";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void bucket_tags_are_put_read_replaced_and_deleted() {
    assertError(
        () -> s3.getBucketTagging(b -> b.bucket(BUCKET)),
        404,
        "NoSuchTagSet",
        "The TagSet does not exist");
    s3.putBucketTagging(
        b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("team", "s3"), tag("cost-centre", "42"))));
    assertThat(tags(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()))
        .containsExactly(Map.entry("team", "s3"), Map.entry("cost-centre", "42"));

    s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("only", ""))));
    assertThat(tags(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()))
        .containsExactly(Map.entry("only", ""));

    s3.deleteBucketTagging(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketTagging(b -> b.bucket(BUCKET)),
        404,
        "NoSuchTagSet",
        "The TagSet does not exist");
  }

  @Test
  void a_bucket_takes_50_tags_and_refuses_51() {
    s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(numbered(50))));
    assertThat(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()).hasSize(50);
    assertError(
        () -> s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(numbered(51)))),
        400,
        "BadRequest",
        "Bucket tag count cannot be greater than 50");
    assertThat(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()).hasSize(50);
  }

  @Test
  void refused_bucket_tags_are_InvalidTag_and_change_nothing() {
    s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("kept", "yes"))));
    String invalidKey = "The TagKey you have provided is invalid";
    for (List<Tag> refused :
        List.of(
            List.of(tag("a", "1"), tag("a", "2")),
            List.of(tag("aws:cost", "1")),
            List.of(tag("k".repeat(129), "v")),
            List.of(tag("", "v")),
            List.of(tag("k", "v".repeat(257))),
            List.of(tag("semi;colon", "v")))) {
      assertThatInvalidTag(
          () -> s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(refused))));
    }
    assertError(
        () ->
            s3.putBucketTagging(
                b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("a", "1"), tag("a", "2")))),
        400,
        "InvalidTag",
        "Cannot provide multiple Tags with the same key");
    assertError(
        () -> s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("AWS:x", "")))),
        400,
        "InvalidTag",
        "System tags cannot be added/updated by requester");
    assertError(
        () -> s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("a\tb", "")))),
        400,
        "InvalidTag",
        invalidKey);
    assertThat(tags(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()))
        .containsExactly(Map.entry("kept", "yes"));
  }

  @Test
  void tag_keys_and_values_take_128_and_256_unicode_characters_of_the_tag_alphabet() {
    String key = "𝒜".repeat(128);
    String value = "文".repeat(256);
    s3.putBucketTagging(
        b ->
            b.bucket(BUCKET)
                .tagging(
                    t ->
                        t.tagSet(
                            tag(key, value),
                            tag("b c+d-e=f.g_h:i/j@k", "2 + 2 = 4"),
                            tag(" padded ", " kept as sent "))));
    assertThat(tags(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()))
        .containsExactly(
            Map.entry(key, value),
            Map.entry("b c+d-e=f.g_h:i/j@k", "2 + 2 = 4"),
            Map.entry(" padded ", " kept as sent "));
  }

  @Test
  void object_tags_are_put_read_and_deleted_and_counted_on_get_and_head() {
    s3.putObject(b -> b.bucket(BUCKET).key("doc"), RequestBody.fromString("hello"));
    assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()).isEmpty();
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc")).tagCount()).isNull();

    s3.putObjectTagging(
        b -> b.bucket(BUCKET).key("doc").tagging(t -> t.tagSet(tag("a", "1"), tag("b", "2"))));
    assertThat(tags(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()))
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc")).tagCount()).isEqualTo(2);
    assertThat(s3.getObject(b -> b.bucket(BUCKET).key("doc")).response().tagCount()).isEqualTo(2);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("doc")).asUtf8String())
        .isEqualTo("hello");

    s3.deleteObjectTagging(b -> b.bucket(BUCKET).key("doc"));
    assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()).isEmpty();
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc")).tagCount()).isNull();
  }

  @Test
  void an_object_takes_10_tags_and_refuses_11_keeping_its_own() {
    s3.putObject(b -> b.bucket(BUCKET).key("doc"), RequestBody.fromString("x"));
    s3.putObjectTagging(b -> b.bucket(BUCKET).key("doc").tagging(t -> t.tagSet(numbered(10))));
    assertError(
        () ->
            s3.putObjectTagging(
                b -> b.bucket(BUCKET).key("doc").tagging(t -> t.tagSet(numbered(11)))),
        400,
        "BadRequest",
        "Object tags cannot be greater than 10");
    assertError(
        () ->
            s3.putObjectTagging(
                b ->
                    b.bucket(BUCKET)
                        .key("doc")
                        .tagging(t -> t.tagSet(tag("dup", "1"), tag("dup", "2")))),
        400,
        "InvalidTag",
        "Cannot provide multiple Tags with the same key");
    assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()).hasSize(10);
  }

  @Test
  void tagging_a_missing_key_is_NoSuchKey_and_a_missing_bucket_NoSuchBucket() {
    assertError(
        () -> s3.getObjectTagging(b -> b.bucket(BUCKET).key("absent")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        () ->
            s3.putObjectTagging(
                b -> b.bucket(BUCKET).key("absent").tagging(t -> t.tagSet(tag("a", "1")))),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        () -> s3.deleteObjectTagging(b -> b.bucket(BUCKET).key("absent")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        () -> s3.getBucketTagging(b -> b.bucket("no-such-bucket")),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
  }

  @Test
  void a_new_put_without_tagging_clears_the_tags_and_x_amz_tagging_sets_them() {
    s3.putObject(
        b -> b.bucket(BUCKET).key("doc").tagging("project=moto&team=s3"),
        RequestBody.fromString("v1"));
    assertThat(tags(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()))
        .containsExactly(Map.entry("project", "moto"), Map.entry("team", "s3"));
    s3.putObject(b -> b.bucket(BUCKET).key("doc"), RequestBody.fromString("v2"));
    assertThat(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()).isEmpty();
  }

  @Test
  void a_copy_keeps_the_source_tags_or_replaces_them_as_its_directive_says() {
    s3.putObject(b -> b.bucket(BUCKET).key("src").tagging("a=1"), RequestBody.fromString("x"));
    s3.copyObject(
        b -> b.sourceBucket(BUCKET).sourceKey("src").destinationBucket(BUCKET).destinationKey("c"));
    s3.copyObject(
        b ->
            b.sourceBucket(BUCKET)
                .sourceKey("src")
                .destinationBucket(BUCKET)
                .destinationKey("r")
                .taggingDirective(TaggingDirective.REPLACE)
                .tagging("b=2"));
    assertThat(tags(s3.getObjectTagging(b -> b.bucket(BUCKET).key("c")).tagSet()))
        .containsExactly(Map.entry("a", "1"));
    assertThat(tags(s3.getObjectTagging(b -> b.bucket(BUCKET).key("r")).tagSet()))
        .containsExactly(Map.entry("b", "2"));
  }

  @Test
  void a_multipart_upload_applies_its_tags_on_completion() {
    String uploadId =
        s3.createMultipartUpload(b -> b.bucket(BUCKET).key("big").tagging("kind=multipart"))
            .uploadId();
    String etag =
        s3.uploadPart(
                b -> b.bucket(BUCKET).key("big").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("only part"))
            .eTag();
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).isEmpty();
    s3.completeMultipartUpload(
        b ->
            b.bucket(BUCKET)
                .key("big")
                .uploadId(uploadId)
                .multipartUpload(
                    m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
    assertThat(tags(s3.getObjectTagging(b -> b.bucket(BUCKET).key("big")).tagSet()))
        .containsExactly(Map.entry("kind", "multipart"));
  }

  @Test
  void x_amz_tagging_with_a_key_twice_or_11_tags_stores_nothing() {
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("dup").tagging("a=1&a=2"), RequestBody.fromString("x")),
        400,
        "InvalidArgument",
        "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters"
            + " without tag name duplicates.");
    StringBuilder eleven = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : "&").append("k").append(i).append("=v");
    }
    assertError(
        () ->
            s3.putObject(
                b -> b.bucket(BUCKET).key("many").tagging(eleven.toString()),
                RequestBody.fromString("x")),
        400,
        "BadRequest",
        "Object tags cannot be greater than 10");
    assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).isEmpty();
  }

  @Test
  void another_account_cannot_touch_the_bucket_tags_but_may_tag_objects_as_it_may_write_them() {
    s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("owner", "me"))));
    s3.putObject(b -> b.bucket(BUCKET).key("doc"), RequestBody.fromString("x"));
    assertError(
        () -> other.getBucketTagging(b -> b.bucket(BUCKET)), 403, "AccessDenied", "Access Denied");
    assertError(
        () -> other.deleteBucketTagging(b -> b.bucket(BUCKET)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("x", "y")))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(tags(s3.getBucketTagging(b -> b.bucket(BUCKET)).tagSet()))
        .containsExactly(Map.entry("owner", "me"));

    other.putObjectTagging(
        b -> b.bucket(BUCKET).key("doc").tagging(t -> t.tagSet(tag("by", "other"))));
    assertThat(tags(s3.getObjectTagging(b -> b.bucket(BUCKET).key("doc")).tagSet()))
        .containsExactly(Map.entry("by", "other"));

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.getObjectTagging(b -> b.bucket(BUCKET).key("doc")),
        403,
        "AccessDenied",
        "Access Denied");
  }

  @Test
  void bucket_tags_go_with_the_bucket_and_with_a_reset_of_its_account() {
    s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("gen", "1"))));
    s3.deleteBucket(b -> b.bucket(BUCKET));
    s3.createBucket(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketTagging(b -> b.bucket(BUCKET)),
        404,
        "NoSuchTagSet",
        "The TagSet does not exist");

    s3.putBucketTagging(b -> b.bucket(BUCKET).tagging(t -> t.tagSet(tag("gen", "2"))));
    server.moto().reset(AccountId.DEFAULT);
    s3.createBucket(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketTagging(b -> b.bucket(BUCKET)),
        404,
        "NoSuchTagSet",
        "The TagSet does not exist");
  }

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  static List<Tag> numbered(int count) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(tag("key-" + i, "value-" + i));
    }
    return tags;
  }

  static Map<String, String> tags(List<Tag> tagSet) {
    Map<String, String> tags = new LinkedHashMap<>();
    tagSet.forEach(tag -> tags.put(tag.key(), tag.value()));
    return tags;
  }

  private static void assertThatInvalidTag(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidTag");
            });
  }
}
