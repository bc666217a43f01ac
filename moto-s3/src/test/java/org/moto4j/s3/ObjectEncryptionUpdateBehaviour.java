package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** UpdateObjectEncryption through the AWS SDK, once per addressing style. */
abstract class ObjectEncryptionUpdateBehaviour extends TwoAccountFixture {

  static final String BUCKET = "encrypted";
  static final String KEY_ARN =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @BeforeEach
  void object() {
    s3.createBucket(b -> b.bucket(BUCKET));
    s3.putObject(b -> b.bucket(BUCKET).key("doc.txt"), RequestBody.fromString("secret"));
  }

  private void update(software.amazon.awssdk.services.s3.S3Client client, String key, String arn) {
    client.updateObjectEncryption(
        b ->
            b.bucket(BUCKET)
                .key(key)
                .objectEncryption(e -> e.ssekms(k -> k.kmsKeyArn(arn).bucketKeyEnabled(true))));
  }

  @Test
  void an_sse_s3_object_becomes_sse_kms_with_its_bytes_and_etag_kept() {
    String etag = s3.headObject(b -> b.bucket(BUCKET).key("doc.txt")).eTag();

    update(s3, "doc.txt", KEY_ARN);

    var head = s3.headObject(b -> b.bucket(BUCKET).key("doc.txt"));
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(head.ssekmsKeyId()).isEqualTo(KEY_ARN);
    assertThat(head.bucketKeyEnabled()).isTrue();
    assertThat(head.eTag()).isEqualTo(etag);
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("doc.txt")).asUtf8String())
        .isEqualTo("secret");
  }

  @Test
  void a_missing_object_or_a_key_that_is_not_an_arn_is_refused() {
    assertError(
        () -> update(s3, "missing.txt", KEY_ARN),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        () -> update(s3, "doc.txt", "alias/my-key"),
        400,
        "InvalidArgument",
        "KMSKeyArn must be the ARN of a KMS key");
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc.txt")).serverSideEncryption())
        .isEqualTo(ServerSideEncryption.AES256);
  }

  @Test
  void another_account_is_refused_when_cross_account_access_is_off() {
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");

    assertError(() -> update(other, "doc.txt", KEY_ARN), 403, "AccessDenied", "Access Denied");
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("doc.txt")).serverSideEncryption())
        .isEqualTo(ServerSideEncryption.AES256);
  }
}
