package org.moto4j.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CompletedFileUpload;

/**
 * The AWS SDK's {@link S3TransferManager}, on the SDK's Java multipart client (not CRT), moves a 1
 * GiB file up to the packaged jar started with {@code -Xmx256m} and back: the server must stream
 * bodies and parts, never hold an object in its heap.
 */
class TransferManagerIT {

  private static final long SIZE = 1L << 30;

  private static final int CHUNK = 1 << 20;

  private static final String BUCKET = "transfers";

  private static final String KEY = "big/one-gib.bin";

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void a_1_GiB_file_goes_up_and_comes_back_unchanged_through_a_server_with_256_MiB_of_heap(
      @TempDir Path directory) throws Exception {
    Path source = directory.resolve("source.bin");
    Path copy = directory.resolve("copy.bin");
    try (StandaloneProcess server = StandaloneProcess.serve();
        S3AsyncClient s3 = client(server);
        S3TransferManager transfers = S3TransferManager.builder().s3Client(s3).build()) {
      String written = writePattern(source);
      s3.createBucket(b -> b.bucket(BUCKET)).join();

      CompletedFileUpload upload =
          completed(
              "the upload",
              transfers
                  .uploadFile(
                      u -> u.source(source).putObjectRequest(p -> p.bucket(BUCKET).key(KEY)))
                  .completionFuture());
      Files.delete(source);
      completed(
          "the download",
          transfers
              .downloadFile(
                  d -> d.getObjectRequest(g -> g.bucket(BUCKET).key(KEY)).destination(copy))
              .completionFuture());

      // A multipart object's ETag: the MD5 of the parts' MD5s, then the number of parts.
      assertThat(upload.response().eTag()).matches("\"[0-9a-f]{32}-[0-9]+\"");
      assertThat(Files.size(copy)).isEqualTo(SIZE);
      assertThat(sha256(copy)).as("SHA-256 of the downloaded file").isEqualTo(written);
      assertThat(server.isAlive()).as("the server survived").isTrue();
      assertThat(server.output()).doesNotContain("OutOfMemoryError");

      s3.deleteObject(b -> b.bucket(BUCKET).key(KEY)).join();
    } finally {
      Files.deleteIfExists(source);
      Files.deleteIfExists(copy);
    }
  }

  private static S3AsyncClient client(StandaloneProcess server) {
    return S3AsyncClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
        .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(16))
        .multipartEnabled(true)
        .build();
  }

  /**
   * Waits for a transfer. A 501 fails loudly: S3TransferManager needs multipart upload (and part
   * downloads), which the server must implement.
   */
  private static <T> T completed(String transfer, CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof S3Exception s3 && s3.statusCode() == 501) {
          throw new AssertionError(
              transfer
                  + " failed: the server answered 501 NotImplemented ("
                  + s3.awsErrorDetails().errorMessage()
                  + "); S3TransferManager needs multipart upload and part downloads",
              e);
        }
      }
      throw e;
    }
  }

  /** Writes SIZE deterministic pseudo-random bytes a chunk at a time; returns their SHA-256. */
  private static String writePattern(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(20_240_601L);
    byte[] chunk = new byte[CHUNK];
    MessageDigest digest = sha256();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
      for (long written = 0; written < SIZE; written += CHUNK) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[CHUNK];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
