package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.moto4j.core.blob.ChecksumAlgorithm;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * CopyObject's safeguards through the sync AWS SDK, run once per addressing style: the copy-source
 * and destination preconditions, checksums, encryption (SSE-KMS, SSE-C), archived sources and
 * expected bucket owners.
 */
abstract class CopyObjectSafeguardsBehaviour extends CopyObjectFixture {

  @Test
  void each_failed_copy_source_condition_is_412_and_the_documented_pairs_hold() {
    String etag = put(SOURCE, "cond", "conditional");
    Instant modified = s3.headObject(b -> b.bucket(SOURCE).key("cond")).lastModified();
    Instant before = modified.minusSeconds(60);
    Instant after = modified.plusSeconds(60);
    String failed = "At least one of the pre-conditions you specified did not hold";

    assertError(
        () -> copy(b -> b.sourceKey("cond").copySourceIfMatch("\"other\"")),
        412,
        "PreconditionFailed",
        failed);
    assertError(
        () -> copy(b -> b.sourceKey("cond").copySourceIfNoneMatch(etag)),
        412,
        "PreconditionFailed",
        failed);
    assertError(
        () -> copy(b -> b.sourceKey("cond").copySourceIfModifiedSince(after)),
        412,
        "PreconditionFailed",
        failed);
    assertError(
        () -> copy(b -> b.sourceKey("cond").copySourceIfUnmodifiedSince(before)),
        412,
        "PreconditionFailed",
        failed);
    // if-none-match false and if-modified-since true: 412 (AWS's documented pair).
    assertError(
        () ->
            copy(
                b ->
                    b.sourceKey("cond")
                        .copySourceIfNoneMatch(etag)
                        .copySourceIfModifiedSince(before)),
        412,
        "PreconditionFailed",
        failed);
    assertThat(s3.listObjectsV2(b -> b.bucket(TARGET)).keyCount()).isZero();

    // if-match true and if-unmodified-since false: copied (AWS's documented pair).
    copy(b -> b.sourceKey("cond").copySourceIfMatch(etag).copySourceIfUnmodifiedSince(before));
    copy(
        b ->
            b.sourceKey("cond")
                .destinationKey("second")
                .copySourceIfNoneMatch("\"other\"")
                .copySourceIfModifiedSince(before));
    assertThat(body(TARGET, "copy")).isEqualTo("conditional");
    assertThat(body(TARGET, "second")).isEqualTo("conditional");
  }

  @Test
  void conditional_writes_on_the_destination_answer_412() {
    put(SOURCE, "src", "new");
    String existing = put(TARGET, "copy", "old");
    String failed = "At least one of the pre-conditions you specified did not hold";
    assertError(
        () -> copy(b -> b.sourceKey("src").ifNoneMatch("*")), 412, "PreconditionFailed", failed);
    assertError(
        () -> copy(b -> b.sourceKey("src").ifMatch("\"different\"")),
        412,
        "PreconditionFailed",
        failed);
    assertThat(body(TARGET, "copy")).isEqualTo("old");
    copy(b -> b.sourceKey("src").ifMatch(existing));
    copy(b -> b.sourceKey("src").destinationKey("fresh").ifNoneMatch("*"));
    assertThat(body(TARGET, "copy")).isEqualTo("new");
    assertThat(body(TARGET, "fresh")).isEqualTo("new");
  }

  @Test
  void the_checksum_algorithm_of_the_source_is_kept_unless_the_copy_names_another() {
    byte[] bytes = "checksummed content".getBytes(StandardCharsets.UTF_8);
    s3.putObject(
        b -> b.bucket(SOURCE).key("sum").checksumAlgorithm("SHA1"), RequestBody.fromBytes(bytes));

    CopyObjectResponse kept = copy(b -> b.sourceKey("sum"));
    assertThat(kept.copyObjectResult().checksumSHA1())
        .isEqualTo(checksum(ChecksumAlgorithm.SHA1, bytes));

    CopyObjectResponse recomputed =
        copy(b -> b.sourceKey("sum").destinationKey("sha256").checksumAlgorithm("SHA256"));
    assertThat(recomputed.copyObjectResult().checksumSHA256())
        .isEqualTo(checksum(ChecksumAlgorithm.SHA256, bytes));
    assertThat(recomputed.copyObjectResult().checksumSHA1()).isNull();
    GetObjectResponse read =
        s3.getObject(b -> b.bucket(TARGET).key("sha256").checksumMode(ChecksumMode.ENABLED))
            .response();
    assertThat(read.checksumSHA256()).isEqualTo(checksum(ChecksumAlgorithm.SHA256, bytes));

    CopyObjectResponse inPlace =
        copy(
            b ->
                b.sourceKey("sum")
                    .destinationBucket(SOURCE)
                    .destinationKey("sum")
                    .checksumAlgorithm("CRC32C"));
    assertThat(inPlace.copyObjectResult().checksumCRC32C())
        .isEqualTo(checksum(ChecksumAlgorithm.CRC32C, bytes));
  }

  @Test
  void encryption_comes_from_the_request_not_the_source() {
    s3.putObject(
        b -> b.bucket(SOURCE).key("kms").serverSideEncryption(ServerSideEncryption.AWS_KMS),
        RequestBody.fromString("secret"));
    CopyObjectResponse plain = copy(b -> b.sourceKey("kms"));
    assertThat(plain.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    CopyObjectResponse kms =
        copy(
            b ->
                b.sourceKey("kms")
                    .destinationKey("still-kms")
                    .serverSideEncryption(ServerSideEncryption.AWS_KMS)
                    .ssekmsKeyId("my-key")
                    .bucketKeyEnabled(true));
    assertThat(kms.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(kms.ssekmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/my-key");
    assertThat(kms.bucketKeyEnabled()).isTrue();
    assertThat(s3.headObject(b -> b.bucket(TARGET).key("still-kms")).ssekmsKeyId())
        .isEqualTo(kms.ssekmsKeyId());
  }

  @Test
  void a_customer_key_source_is_read_with_the_copy_source_key_and_rotated_onto_itself() {
    String[] first = customerKey((byte) 1);
    String[] second = customerKey((byte) 2);
    s3.putObject(
        b ->
            b.bucket(SOURCE)
                .key("sse-c")
                .sseCustomerAlgorithm("AES256")
                .sseCustomerKey(first[0])
                .sseCustomerKeyMD5(first[1]),
        RequestBody.fromString("customer bytes"));

    assertError(
        () -> copy(b -> b.sourceKey("sse-c")),
        400,
        "InvalidRequest",
        "The object was stored using a form of Server Side Encryption. The correct parameters"
            + " must be provided to retrieve the object.");
    CopyObjectResponse copied =
        copy(
            b ->
                b.sourceKey("sse-c")
                    .copySourceSSECustomerAlgorithm("AES256")
                    .copySourceSSECustomerKey(first[0])
                    .copySourceSSECustomerKeyMD5(first[1])
                    .sseCustomerAlgorithm("AES256")
                    .sseCustomerKey(second[0])
                    .sseCustomerKeyMD5(second[1]));
    assertThat(copied.sseCustomerKeyMD5()).isEqualTo(second[1]);
    assertThat(
            s3.getObjectAsBytes(
                    b ->
                        b.bucket(TARGET)
                            .key("copy")
                            .sseCustomerAlgorithm("AES256")
                            .sseCustomerKey(second[0])
                            .sseCustomerKeyMD5(second[1]))
                .asUtf8String())
        .isEqualTo("customer bytes");

    Consumer<CopyObjectRequest.Builder> sameKeyInPlace =
        b ->
            b.sourceKey("sse-c")
                .destinationBucket(SOURCE)
                .destinationKey("sse-c")
                .copySourceSSECustomerAlgorithm("AES256")
                .copySourceSSECustomerKey(first[0])
                .copySourceSSECustomerKeyMD5(first[1])
                .sseCustomerAlgorithm("AES256")
                .sseCustomerKey(first[0])
                .sseCustomerKeyMD5(first[1]);
    assertThatThrownBy(() -> copy(sameKeyInPlace))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest"));
    copy(
        b ->
            b.sourceKey("sse-c")
                .destinationBucket(SOURCE)
                .destinationKey("sse-c")
                .copySourceSSECustomerAlgorithm("AES256")
                .copySourceSSECustomerKey(first[0])
                .copySourceSSECustomerKeyMD5(first[1])
                .sseCustomerAlgorithm("AES256")
                .sseCustomerKey(second[0])
                .sseCustomerKeyMD5(second[1]));
    assertThat(
            s3.headObject(
                    b ->
                        b.bucket(SOURCE)
                            .key("sse-c")
                            .sseCustomerAlgorithm("AES256")
                            .sseCustomerKey(second[0])
                            .sseCustomerKeyMD5(second[1]))
                .sseCustomerKeyMD5())
        .isEqualTo(second[1]);
  }

  @Test
  void an_archived_source_cannot_be_copied() {
    s3.putObject(
        b -> b.bucket(SOURCE).key("cold").storageClass(StorageClass.GLACIER),
        RequestBody.fromString("frozen"));
    assertError(
        () -> copy(b -> b.sourceKey("cold")),
        403,
        "InvalidObjectState",
        "Operation is not valid for the source object's storage class");
  }

  @Test
  void an_expected_owner_that_is_not_the_owner_is_denied() {
    put(SOURCE, "owned", "x");
    assertError(
        () -> copy(b -> b.sourceKey("owned").expectedSourceBucketOwner(ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> copy(b -> b.sourceKey("owned").expectedBucketOwner(ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");
    copy(b -> b.sourceKey("owned").expectedBucketOwner("123456789012"));
    assertThat(body(TARGET, "copy")).isEqualTo("x");
  }
}
