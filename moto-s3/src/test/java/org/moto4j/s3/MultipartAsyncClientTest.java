package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The async SDK client with {@code multipartEnabled(true)}: it splits large puts into 8 MiB parts
 * (CreateMultipartUpload, UploadPart in parallel, CompleteMultipartUpload) with its default
 * checksums, a full-object CRC32 when given the whole object's, or composite SHA256 checksums.
 */
class MultipartAsyncClientTest {

  private static final String BUCKET = "async-multipart";
  private static final int MIB = 1024 * 1024;
  private static final long PART = 8L * MIB;

  private static MotoServer server;
  private static S3AsyncClient s3;
  private static ExecutorService streams;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
    streams = Executors.newCachedThreadPool();
    s3 =
        S3AsyncClient.builder()
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
            .endpointOverride(server.endpoint())
            .forcePathStyle(true)
            .httpClientBuilder(NettyNioAsyncHttpClient.builder())
            .multipartEnabled(true)
            .multipartConfiguration(c -> c.minimumPartSizeInBytes(PART).thresholdInBytes(PART))
            .build();
  }

  @AfterAll
  static void stopServer() {
    s3.close();
    streams.shutdownNow();
    server.close();
  }

  @BeforeEach
  void bucket() {
    server.moto().reset();
    s3.createBucket(b -> b.bucket(BUCKET)).join();
  }

  @Test
  void a_40_mib_stream_goes_up_in_five_parts_and_reads_back_whole() {
    long size = 40L * MIB;
    s3.putObject(
            b -> b.bucket(BUCKET).key("forty.bin"),
            AsyncRequestBody.fromInputStream(GeneratedContent.stream(40, size), size, streams))
        .join();

    HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("forty.bin")).join();
    assertThat(head.contentLength()).isEqualTo(size);
    assertThat(head.eTag()).isEqualTo(MultipartDigests.etag(parts(40, (int) size)));
    ResponseInputStream<GetObjectResponse> got =
        s3.getObject(
                b -> b.bucket(BUCKET).key("forty.bin"),
                AsyncResponseTransformer.toBlockingInputStream())
            .join();
    assertThat(GeneratedContent.md5Hex(got)).isEqualTo(GeneratedContent.md5Hex(40, size));
    assertThat(
            s3.headObject(b -> b.bucket(BUCKET).key("forty.bin").partNumber(5)).join().partsCount())
        .isEqualTo(5);
  }

  @Test
  void given_the_whole_objects_crc32_it_completes_a_full_object_checksum() {
    int size = 8 * MIB + 1003;
    byte[] bytes = GeneratedContent.bytes(20, size);
    String crc32 = MultipartDigests.crc32(bytes);
    s3.putObject(
            b -> b.bucket(BUCKET).key("crc.bin").checksumCRC32(crc32),
            AsyncRequestBody.fromBytes(bytes))
        .join();

    HeadObjectResponse head =
        s3.headObject(b -> b.bucket(BUCKET).key("crc.bin").checksumMode(ChecksumMode.ENABLED))
            .join();
    assertThat(head.checksumCRC32()).isEqualTo(crc32);
    assertThat(head.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
    assertThat(head.eTag()).endsWith("-2\"");
  }

  @Test
  void with_sha256_it_completes_a_composite_checksum_of_the_parts() {
    int size = 16 * MIB + 1;
    byte[] bytes = GeneratedContent.bytes(17, size);
    s3.putObject(
            b -> b.bucket(BUCKET).key("sha.bin").checksumAlgorithm(ChecksumAlgorithm.SHA256),
            AsyncRequestBody.fromBytes(bytes))
        .join();

    HeadObjectResponse head =
        s3.headObject(b -> b.bucket(BUCKET).key("sha.bin").checksumMode(ChecksumMode.ENABLED))
            .join();
    assertThat(head.checksumSHA256()).isEqualTo(MultipartDigests.compositeSha256(parts(bytes)));
    assertThat(head.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
  }

  /** The bytes the SDK sends in each part: 8 MiB slices, the last one shorter. */
  private static List<byte[]> parts(long seed, int size) {
    return parts(GeneratedContent.bytes(seed, size));
  }

  private static List<byte[]> parts(byte[] bytes) {
    List<byte[]> parts = new ArrayList<>();
    for (int from = 0; from < bytes.length; from += (int) PART) {
      parts.add(Arrays.copyOfRange(bytes, from, (int) Math.min(bytes.length, from + PART)));
    }
    return parts;
  }
}
