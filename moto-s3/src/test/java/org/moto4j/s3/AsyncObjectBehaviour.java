package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.S3TestServer.ANOTHER_ACCOUNT;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The object data path through the async AWS SDK (Netty), run once per addressing style: streamed
 * round trips of every size, headers, ranges, conditions, checksums and a second account.
 */
abstract class AsyncObjectBehaviour {

  static final String BUCKET = "async";
  static MotoServer server;
  static LoopbackTunnel tunnel;
  static ExecutorService streams;
  static S3AsyncClient s3;
  static S3AsyncClient other;

  @BeforeAll
  static void startServer() throws IOException {
    server = S3TestServer.start();
    tunnel = new LoopbackTunnel(server.port());
    streams = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stopServer() throws IOException {
    s3.close();
    other.close();
    s3 = null;
    other = null;
    tunnel.close();
    streams.shutdownNow();
    server.close();
  }

  abstract S3TestServer.Style style();

  @BeforeEach
  void bucket() {
    server.moto().reset();
    if (s3 == null) {
      s3 = AsyncClients.client(server, style(), tunnel, null);
      other = AsyncClients.client(server, style(), tunnel, ANOTHER_ACCOUNT);
    }
    s3.createBucket(b -> b.bucket(BUCKET)).join();
  }

  @AfterEach
  void clearSettings() {
    server.moto().config().clear(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS);
  }

  @Test
  void empty_one_byte_five_and_twenty_mebibyte_bodies_stream_both_ways() {
    for (long size : new long[] {0, 1, 5L * 1024 * 1024, 20L * 1024 * 1024}) {
      String key = "size-" + size;
      InputStream generated = GeneratedContent.stream(size, size);
      PutObjectResponse put =
          s3.putObject(
                  b -> b.bucket(BUCKET).key(key),
                  AsyncRequestBody.fromInputStream(generated, size, streams))
              .join();
      String md5 = GeneratedContent.md5Hex(size, size);
      assertThat(put.eTag()).isEqualTo("\"" + md5 + "\"");
      ResponseInputStream<GetObjectResponse> got =
          s3.getObject(
                  b -> b.bucket(BUCKET).key(key), AsyncResponseTransformer.toBlockingInputStream())
              .join();
      assertThat(got.response().contentLength()).isEqualTo(size);
      assertThat(GeneratedContent.md5Hex(got)).as("size %d", size).isEqualTo(md5);
    }
  }

  @Test
  void headers_ranges_and_checksums_answer_as_with_the_sync_client() {
    byte[] content = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    PutObjectResponse put =
        s3.putObject(
                b ->
                    b.bucket(BUCKET)
                        .key("digits")
                        .contentType("text/plain")
                        .metadata(Map.of("Kind", "digits"))
                        .checksumAlgorithm(
                            software.amazon.awssdk.services.s3.model.ChecksumAlgorithm.SHA256),
                AsyncRequestBody.fromBytes(content))
            .join();
    String sha256 = ObjectDataBehaviour.checksum(ChecksumAlgorithm.SHA256, content);
    assertThat(put.checksumSHA256()).isEqualTo(sha256);

    ResponseBytes<GetObjectResponse> whole =
        s3.getObject(
                b -> b.bucket(BUCKET).key("digits").checksumMode(ChecksumMode.ENABLED),
                AsyncResponseTransformer.toBytes())
            .join();
    assertThat(whole.asByteArray()).isEqualTo(content);
    assertThat(whole.response().checksumSHA256()).isEqualTo(sha256);
    assertThat(whole.response().contentType()).isEqualTo("text/plain");
    assertThat(whole.response().metadata()).containsEntry("kind", "digits");

    ResponseBytes<GetObjectResponse> slice =
        s3.getObject(
                b -> b.bucket(BUCKET).key("digits").range("bytes=-4"),
                AsyncResponseTransformer.toBytes())
            .join();
    assertThat(slice.asUtf8String()).isEqualTo("6789");
    assertThat(slice.response().contentRange()).isEqualTo("bytes 6-9/10");

    assertStatus(
        () ->
            s3.getObject(
                    b -> b.bucket(BUCKET).key("digits").ifNoneMatch(put.eTag()),
                    AsyncResponseTransformer.toBytes())
                .join(),
        304);
    assertStatus(
        () ->
            s3.getObject(
                    b -> b.bucket(BUCKET).key("digits").range("bytes=10-"),
                    AsyncResponseTransformer.toBytes())
                .join(),
        416);
    assertStatus(
        () ->
            s3.putObject(
                    b -> b.bucket(BUCKET).key("digits").ifNoneMatch("*"),
                    AsyncRequestBody.fromString("again"))
                .join(),
        412);
  }

  @Test
  void another_account_writes_in_the_bucket_by_default_and_is_denied_when_the_setting_is_off() {
    other.putObject(b -> b.bucket(BUCKET).key("theirs"), AsyncRequestBody.fromString("hi")).join();
    assertThat(
            s3.getObject(b -> b.bucket(BUCKET).key("theirs"), AsyncResponseTransformer.toBytes())
                .join()
                .asUtf8String())
        .isEqualTo("hi");
    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertStatus(
        () ->
            other
                .getObject(b -> b.bucket(BUCKET).key("theirs"), AsyncResponseTransformer.toBytes())
                .join(),
        403);
    assertStatus(
        () ->
            other
                .putObject(b -> b.bucket(BUCKET).key("more"), AsyncRequestBody.fromString("x"))
                .join(),
        403);
  }

  private static void assertStatus(Runnable call, int status) {
    assertThatThrownBy(call::run)
        .isInstanceOf(CompletionException.class)
        .extracting(Throwable::getCause)
        .isInstanceOfSatisfying(
            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(status));
  }
}
