package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.ChecksumAlgorithm;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectAttributesResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.ObjectPart;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** GetObjectAttributes through the sync AWS SDK, run once per addressing style. */
abstract class ObjectAttributesBehaviour extends TwoAccountFixture {

  static final String BUCKET = "attributes";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void the_attributes_of_a_simple_object_are_its_unquoted_etag_checksum_class_and_size() {
    byte[] bytes = "attributes".getBytes(StandardCharsets.UTF_8);
    String etag =
        s3.putObject(
                b -> b.bucket(BUCKET).key("attr").storageClass(StorageClass.STANDARD_IA),
                RequestBody.fromBytes(bytes))
            .eTag();
    Instant modified = s3.headObject(b -> b.bucket(BUCKET).key("attr")).lastModified();

    GetObjectAttributesResponse all =
        s3.getObjectAttributes(
            b -> b.bucket(BUCKET).key("attr").objectAttributes(ObjectAttributes.knownValues()));

    assertThat(all.eTag()).isEqualTo(etag.replace("\"", ""));
    assertThat(all.objectSize()).isEqualTo(bytes.length);
    assertThat(all.storageClass()).isEqualTo(StorageClass.STANDARD_IA);
    assertThat(all.checksum().checksumCRC32())
        .isEqualTo(CopyObjectFixture.checksum(ChecksumAlgorithm.CRC32, bytes));
    assertThat(all.checksum().checksumTypeAsString()).isEqualTo("FULL_OBJECT");
    assertThat(all.objectParts()).isNull();
    assertThat(all.lastModified()).isEqualTo(modified);

    GetObjectAttributesResponse some =
        s3.getObjectAttributes(
            b -> b.bucket(BUCKET).key("attr").objectAttributes(ObjectAttributes.OBJECT_SIZE));
    assertThat(some.objectSize()).isEqualTo(bytes.length);
    assertThat(some.eTag()).isNull();
    assertThat(some.checksum()).isNull();
    assertThat(some.storageClass()).isNull();
  }

  @Test
  void a_multipart_object_answers_its_parts_paged() {
    byte[] first = new byte[5 * 1024 * 1024];
    Arrays.fill(first, (byte) 'a');
    byte[] second = "tail".getBytes(StandardCharsets.UTF_8);
    String uploadId =
        s3.createMultipartUpload(b -> b.bucket(BUCKET).key("big").checksumAlgorithm("SHA256"))
            .uploadId();
    List<CompletedPart> parts = new ArrayList<>();
    byte[][] bodies = {first, second};
    for (int i = 0; i < bodies.length; i++) {
      int number = i + 1;
      byte[] body = bodies[i];
      var uploaded =
          s3.uploadPart(
              b ->
                  b.bucket(BUCKET)
                      .key("big")
                      .uploadId(uploadId)
                      .partNumber(number)
                      .checksumAlgorithm("SHA256"),
              RequestBody.fromBytes(body));
      parts.add(
          CompletedPart.builder()
              .partNumber(number)
              .eTag(uploaded.eTag())
              .checksumSHA256(uploaded.checksumSHA256())
              .build());
    }
    s3.completeMultipartUpload(
        b -> b.bucket(BUCKET).key("big").uploadId(uploadId).multipartUpload(m -> m.parts(parts)));

    GetObjectAttributesResponse page =
        s3.getObjectAttributes(
            b ->
                b.bucket(BUCKET)
                    .key("big")
                    .maxParts(1)
                    .objectAttributes(ObjectAttributes.OBJECT_PARTS, ObjectAttributes.E_TAG));
    assertThat(page.eTag()).endsWith("-2").doesNotContain("\"");
    assertThat(page.objectParts().totalPartsCount()).isEqualTo(2);
    assertThat(page.objectParts().maxParts()).isEqualTo(1);
    assertThat(page.objectParts().isTruncated()).isTrue();
    assertThat(page.objectParts().nextPartNumberMarker()).isEqualTo(1);
    assertThat(page.objectParts().parts())
        .extracting(ObjectPart::partNumber, ObjectPart::size, ObjectPart::checksumSHA256)
        .containsExactly(
            tuple(
                1,
                (long) first.length,
                CopyObjectFixture.checksum(ChecksumAlgorithm.SHA256, first)));

    GetObjectAttributesResponse rest =
        s3.getObjectAttributes(
            b ->
                b.bucket(BUCKET)
                    .key("big")
                    .partNumberMarker(1)
                    .objectAttributes(ObjectAttributes.OBJECT_PARTS));
    assertThat(rest.objectParts().isTruncated()).isFalse();
    assertThat(rest.objectParts().parts()).extracting(ObjectPart::partNumber).containsExactly(2);
  }

  @Test
  void no_attribute_is_InvalidRequest_an_unknown_one_InvalidArgument_and_a_missing_key_NoSuchKey() {
    put("k", "v");
    assertError(
        () -> s3.getObjectAttributes(b -> b.bucket(BUCKET).key("k").objectAttributes(List.of())),
        400,
        "InvalidRequest",
        "The x-amz-object-attributes header specifying the attributes to be retrieved is either"
            + " missing or empty");
    assertError(
        () ->
            s3.getObjectAttributes(
                b -> b.bucket(BUCKET).key("k").objectAttributesWithStrings("ETag", "Colour")),
        400,
        "InvalidArgument",
        "Invalid attribute name specified.");
    assertThatThrownBy(
            () ->
                s3.getObjectAttributes(
                    b -> b.bucket(BUCKET).key("nope").objectAttributes(ObjectAttributes.E_TAG)))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void another_account_reads_attributes_unless_cross_account_access_is_off() {
    put("k", "value");
    assertThat(
            other
                .getObjectAttributes(
                    b -> b.bucket(BUCKET).key("k").objectAttributes(ObjectAttributes.OBJECT_SIZE))
                .objectSize())
        .isEqualTo(5);
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () ->
            other.getObjectAttributes(
                b -> b.bucket(BUCKET).key("k").objectAttributes(ObjectAttributes.OBJECT_SIZE)),
        403,
        "AccessDenied",
        "Access Denied");
  }

  String put(String key, String content) {
    return s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(content)).eTag();
  }
}
