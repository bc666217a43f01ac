package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Object annotations through the AWS SDK, once per addressing style: attached, read, listed by
 * prefix a page at a time, deleted, and gone with the object version they were attached to.
 */
abstract class ObjectAnnotationsBehaviour extends TwoAccountFixture {

  static final String BUCKET = "annotated";

  @BeforeEach
  void object() {
    s3.createBucket(b -> b.bucket(BUCKET));
    s3.putObject(b -> b.bucket(BUCKET).key("photo.jpg"), RequestBody.fromString("jpeg"));
  }

  private void annotate(String name, String payload) {
    s3.putObjectAnnotation(
        b -> b.bucket(BUCKET).key("photo.jpg").annotationName(name),
        RequestBody.fromString(payload));
  }

  @Test
  void an_annotation_is_attached_read_and_deleted() {
    annotate("caption", "A cat on a mat");

    var read =
        s3.getObjectAnnotationAsBytes(
            b -> b.bucket(BUCKET).key("photo.jpg").annotationName("caption"));
    assertThat(read.asUtf8String()).isEqualTo("A cat on a mat");
    assertThat(read.response().eTag()).startsWith("\"");

    s3.deleteObjectAnnotation(b -> b.bucket(BUCKET).key("photo.jpg").annotationName("caption"));
    assertError(
        () ->
            s3.getObjectAnnotationAsBytes(
                b -> b.bucket(BUCKET).key("photo.jpg").annotationName("caption")),
        404,
        "NoSuchAnnotation",
        "The specified annotation does not exist on this object.");
  }

  @Test
  void annotations_are_listed_by_prefix_a_page_at_a_time() {
    annotate("label/animal", "cat");
    annotate("label/colour", "grey");
    annotate("label/place", "mat");
    annotate("caption", "A cat");

    var first =
        s3.listObjectAnnotations(
            b ->
                b.bucket(BUCKET)
                    .key("photo.jpg")
                    .annotationPrefix("label/")
                    .maxAnnotationResults(2));
    var second =
        s3.listObjectAnnotations(
            b ->
                b.bucket(BUCKET)
                    .key("photo.jpg")
                    .annotationPrefix("label/")
                    .continuationToken(first.nextContinuationToken()));

    assertThat(first.annotations())
        .extracting(a -> a.annotationName())
        .containsExactly("label/animal", "label/colour");
    assertThat(second.annotations())
        .extracting(a -> a.annotationName())
        .containsExactly("label/place");
    assertThat(second.nextContinuationToken()).isNull();
    assertThat(second.annotations().get(0).size()).isEqualTo(3L);
  }

  @Test
  void overwriting_the_object_leaves_its_annotations_behind() {
    annotate("caption", "old");

    s3.putObject(b -> b.bucket(BUCKET).key("photo.jpg"), RequestBody.fromString("new jpeg"));

    assertThat(s3.listObjectAnnotations(b -> b.bucket(BUCKET).key("photo.jpg")).annotations())
        .isEmpty();
  }

  @Test
  void a_missing_object_or_a_name_too_long_is_refused() {
    assertError(
        () ->
            s3.putObjectAnnotation(
                b -> b.bucket(BUCKET).key("missing.jpg").annotationName("caption"),
                RequestBody.fromString("x")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        () -> annotate("n".repeat(513), "x"),
        400,
        "AnnotationNameTooLong",
        "The annotation name exceeds 512 bytes.");
  }

  @Test
  void a_conditional_annotation_needs_the_object_etag() {
    assertError(
        () ->
            s3.putObjectAnnotation(
                b ->
                    b.bucket(BUCKET)
                        .key("photo.jpg")
                        .annotationName("caption")
                        .objectIfMatch("\"0000\""),
                RequestBody.fromString("x")),
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold");
  }

  @Test
  void another_account_is_refused_when_cross_account_access_is_off() {
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");

    assertError(
        () ->
            other.putObjectAnnotation(
                b -> b.bucket(BUCKET).key("photo.jpg").annotationName("caption"),
                RequestBody.fromString("x")),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.listObjectAnnotations(b -> b.bucket(BUCKET).key("photo.jpg")).annotations())
        .isEmpty();
  }
}
