package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * What a completed multipart object is made of, through the sync SDK (path style: none of it
 * depends on addressing): composite and full-object checksums checked against an independent
 * computation, ranged part copies, conditional completion.
 */
class MultipartIntegrityTest {

  static final String BUCKET = "integrity";
  static final int MIB = 1024 * 1024;

  static MotoServer server;
  static S3Client s3;
  static MultipartCalls mp;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    mp = new MultipartCalls(s3, BUCKET);
  }

  @AfterAll
  static void stopServer() {
    s3.close();
    server.close();
  }

  @BeforeEach
  void bucket() {
    server.moto().reset();
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void a_sha256_upload_gets_a_composite_checksum_of_its_part_checksums() {
    byte[] first = GeneratedContent.bytes(5, 5 * MIB);
    byte[] second = GeneratedContent.bytes(6, 1000);
    var created =
        s3.createMultipartUpload(
            b -> b.bucket(BUCKET).key("signed.bin").checksumAlgorithm(ChecksumAlgorithm.SHA256));
    assertThat(created.checksumAlgorithm()).isEqualTo(ChecksumAlgorithm.SHA256);
    assertThat(created.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
    String uploadId = created.uploadId();
    UploadPartResponse part1 =
        mp.upload("signed.bin", uploadId, 1, first, ChecksumAlgorithm.SHA256);
    UploadPartResponse part2 =
        mp.upload("signed.bin", uploadId, 2, second, ChecksumAlgorithm.SHA256);
    assertThat(part1.checksumSHA256()).isEqualTo(MultipartDigests.sha256(first));

    assertThat(s3.listParts(b -> b.bucket(BUCKET).key("signed.bin").uploadId(uploadId)).parts())
        .extracting(Part::checksumSHA256)
        .containsExactly(part1.checksumSHA256(), part2.checksumSHA256());
    CompleteMultipartUploadResponse completed =
        s3.completeMultipartUpload(
            b ->
                b.bucket(BUCKET)
                    .key("signed.bin")
                    .uploadId(uploadId)
                    .multipartUpload(
                        m ->
                            m.parts(
                                CompletedPart.builder()
                                    .partNumber(1)
                                    .eTag(part1.eTag())
                                    .checksumSHA256(part1.checksumSHA256())
                                    .build(),
                                CompletedPart.builder()
                                    .partNumber(2)
                                    .eTag(part2.eTag())
                                    .checksumSHA256(part2.checksumSHA256())
                                    .build())));

    String expected = MultipartDigests.compositeSha256(List.of(first, second));
    assertThat(completed.checksumSHA256()).isEqualTo(expected);
    assertThat(completed.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
    HeadObjectResponse head =
        s3.headObject(b -> b.bucket(BUCKET).key("signed.bin").checksumMode(ChecksumMode.ENABLED));
    assertThat(head.checksumSHA256()).isEqualTo(expected);
    assertThat(head.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
  }

  @Test
  void a_full_object_crc32_upload_gets_the_crc32_of_the_whole_object() {
    byte[] first = GeneratedContent.bytes(7, 5 * MIB);
    byte[] second = GeneratedContent.bytes(8, 12345);
    String uploadId =
        s3.createMultipartUpload(
                b ->
                    b.bucket(BUCKET)
                        .key("crc.bin")
                        .checksumAlgorithm(ChecksumAlgorithm.CRC32)
                        .checksumType(ChecksumType.FULL_OBJECT))
            .uploadId();
    UploadPartResponse part1 = mp.upload("crc.bin", uploadId, 1, first, ChecksumAlgorithm.CRC32);
    UploadPartResponse part2 = mp.upload("crc.bin", uploadId, 2, second, ChecksumAlgorithm.CRC32);
    String whole = MultipartDigests.crc32(MultipartDigests.concat(List.of(first, second)));

    CompleteMultipartUploadResponse completed =
        s3.completeMultipartUpload(
            b ->
                b.bucket(BUCKET)
                    .key("crc.bin")
                    .uploadId(uploadId)
                    .checksumCRC32(whole)
                    .checksumType(ChecksumType.FULL_OBJECT)
                    .multipartUpload(
                        m ->
                            m.parts(
                                CompletedPart.builder()
                                    .partNumber(1)
                                    .eTag(part1.eTag())
                                    .checksumCRC32(part1.checksumCRC32())
                                    .build(),
                                CompletedPart.builder()
                                    .partNumber(2)
                                    .eTag(part2.eTag())
                                    .checksumCRC32(part2.checksumCRC32())
                                    .build())));
    assertThat(completed.checksumCRC32()).isEqualTo(whole);
    assertThat(completed.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);

    // The SDK checks the whole object's CRC32 against the bytes it reads.
    ResponseBytes<GetObjectResponse> got =
        s3.getObjectAsBytes(
            b -> b.bucket(BUCKET).key("crc.bin").checksumMode(ChecksumMode.ENABLED));
    assertThat(got.response().checksumCRC32()).isEqualTo(whole);
    assertThat(got.response().checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
    assertThat(got.asByteArray()).hasSize(5 * MIB + 12345);
  }

  @Test
  void an_upload_naming_no_checksum_gets_a_full_object_crc64nvme() {
    byte[] first = GeneratedContent.bytes(9, 5 * MIB);
    byte[] second = GeneratedContent.bytes(10, 3);
    String uploadId = mp.create("plain.bin");
    CompleteMultipartUploadResponse completed =
        mp.complete(
            "plain.bin",
            uploadId,
            mp.upload("plain.bin", uploadId, 1, first).eTag(),
            mp.upload("plain.bin", uploadId, 2, second).eTag());
    assertThat(completed.checksumCRC64NVME())
        .isEqualTo(MultipartDigests.crc64nvme(MultipartDigests.concat(List.of(first, second))));
    assertThat(completed.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
  }

  @Test
  void upload_part_copy_copies_ranges_of_an_object_in_another_bucket() {
    byte[] source = GeneratedContent.bytes(11, 6 * MIB + 7);
    s3.createBucket(b -> b.bucket("originals"));
    s3.putObject(b -> b.bucket("originals").key("src file+1.bin"), RequestBody.fromBytes(source));
    String uploadId = mp.create("copy.bin");

    UploadPartCopyResponse part1 =
        s3.uploadPartCopy(
            b ->
                b.sourceBucket("originals")
                    .sourceKey("src file+1.bin")
                    .destinationBucket(BUCKET)
                    .destinationKey("copy.bin")
                    .uploadId(uploadId)
                    .partNumber(1)
                    .copySourceRange("bytes=0-" + (5 * MIB - 1)));
    UploadPartCopyResponse part2 =
        s3.uploadPartCopy(
            b ->
                b.sourceBucket("originals")
                    .sourceKey("src file+1.bin")
                    .destinationBucket(BUCKET)
                    .destinationKey("copy.bin")
                    .uploadId(uploadId)
                    .partNumber(2)
                    .copySourceRange("bytes=" + 5 * MIB + "-" + (source.length - 1)));
    assertThat(part1.copyPartResult().eTag())
        .isEqualTo(MultipartDigests.partEtag(Arrays.copyOf(source, 5 * MIB)));
    assertThat(part1.copyPartResult().lastModified()).isNotNull();

    mp.complete("copy.bin", uploadId, part1.copyPartResult().eTag(), part2.copyPartResult().eTag());
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("copy.bin")).asByteArray())
        .isEqualTo(source);
  }

  @Test
  void a_complete_with_if_none_match_fails_on_an_existing_key_and_leaves_the_upload() {
    s3.putObject(b -> b.bucket(BUCKET).key("taken.txt"), RequestBody.fromString("old"));
    String uploadId = mp.create("taken.txt");
    String etag = mp.upload("taken.txt", uploadId, 1, "new".getBytes()).eTag();

    assertError(
        () ->
            s3.completeMultipartUpload(
                b ->
                    b.bucket(BUCKET)
                        .key("taken.txt")
                        .uploadId(uploadId)
                        .ifNoneMatch("*")
                        .multipartUpload(
                            m ->
                                m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build()))),
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold");
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("taken.txt")).asUtf8String())
        .isEqualTo("old");

    String current = s3.headObject(b -> b.bucket(BUCKET).key("taken.txt")).eTag();
    s3.completeMultipartUpload(
        b ->
            b.bucket(BUCKET)
                .key("taken.txt")
                .uploadId(uploadId)
                .ifMatch(current)
                .multipartUpload(
                    m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("taken.txt")).asUtf8String())
        .isEqualTo("new");
  }
}
