package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Object bodies leave the blob store with their objects: on delete, overwrite, bucket deletion, a
 * full reset and an account's reset; and an upload that lands in a bucket deleted meanwhile leaves
 * nothing behind.
 */
class BlobLifecycleTest {

  private static final int SPILLED = 2 * 1024 * 1024;

  private static MotoServer server;
  private static BlobStore blobs;
  private S3Client s3;
  private S3Client other;

  @BeforeAll
  static void start() {
    server = S3TestServer.start();
    blobs = server.moto().injector().getInstance(BlobStore.class);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void clients() {
    server.moto().reset();
    s3 = S3TestServer.client(server, S3TestServer.Style.PATH);
    other =
        S3TestServer.client(
            server, S3TestServer.Style.PATH, "us-east-1", S3TestServer.ANOTHER_ACCOUNT);
  }

  @Test
  void delete_and_overwrite_release_the_bodies_they_replace() {
    s3.createBucket(b -> b.bucket("life"));
    put(s3, "life", "a");
    put(s3, "life", "b");
    assertThat(blobs.fileCount()).isEqualTo(2);
    s3.deleteObject(b -> b.bucket("life").key("a"));
    assertThat(blobs.fileCount()).isEqualTo(1);
    s3.putObject(b -> b.bucket("life").key("b"), RequestBody.fromString("small"));
    assertThat(blobs.fileCount()).isZero();
  }

  @Test
  void a_full_reset_releases_every_body() {
    s3.createBucket(b -> b.bucket("mine"));
    other.createBucket(b -> b.bucket("theirs"));
    put(s3, "mine", "a");
    put(other, "theirs", "b");
    assertThat(blobs.fileCount()).isEqualTo(2);
    server.moto().reset();
    assertThat(blobs.fileCount()).isZero();
    assertThat(blobs.spilledBytes()).isZero();
  }

  @Test
  void an_accounts_reset_releases_the_bodies_in_its_buckets_only() {
    s3.createBucket(b -> b.bucket("mine"));
    other.createBucket(b -> b.bucket("theirs"));
    put(s3, "mine", "a");
    put(other, "theirs", "b");
    server.moto().reset(AccountId.of(S3TestServer.ANOTHER_ACCOUNT));
    assertThat(blobs.fileCount()).isEqualTo(1);
    assertThat(s3.headObject(b -> b.bucket("mine").key("a")).contentLength()).isEqualTo(SPILLED);
  }

  @Test
  void an_upload_into_a_bucket_deleted_meanwhile_is_NoSuchBucket_and_leaves_nothing()
      throws Exception {
    s3.createBucket(b -> b.bucket("doomed"));
    Bucket bucket = server.moto().injector().getInstance(BucketNamespace.class).get("doomed");
    ObjectWriter writer = server.moto().injector().getInstance(ObjectWriter.class);
    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch deleted = new CountDownLatch(1);
    InputStream body = new GatedStream(GeneratedContent.stream(1, SPILLED), halfway, deleted);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<?> upload =
          thread.submit(
              () ->
                  writer.store(
                      bucket,
                      new ObjectWriter.Upload(
                          "late",
                          AccountId.DEFAULT,
                          ObjectAttributes.DEFAULTS,
                          ObjectEncryption.S3_MANAGED,
                          org.moto4j.s3.internal.objects.UploadIntegrity.none(),
                          org.moto4j.s3.internal.objects.WriteConditions.NONE),
                      body,
                      SPILLED));
      assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
      s3.deleteBucket(b -> b.bucket("doomed"));
      deleted.countDown();
      assertThatThrownBy(upload::get)
          .hasCauseInstanceOf(AwsException.class)
          .cause()
          .hasMessage("The specified bucket does not exist");
    } finally {
      thread.shutdownNow();
    }
    assertThat(bucket.objects()).isEmpty();
    assertThat(blobs.fileCount()).isZero();
  }

  private static void put(S3Client client, String bucket, String key) {
    client.putObject(
        b -> b.bucket(bucket).key(key),
        RequestBody.fromContentProvider(
            () -> GeneratedContent.stream(key.hashCode(), SPILLED),
            SPILLED,
            "application/octet-stream"));
  }

  /** A body that stops half-way until the test lets it go on. */
  private static final class GatedStream extends InputStream {
    private final InputStream in;
    private final CountDownLatch halfway;
    private final CountDownLatch proceed;
    private long read;

    GatedStream(InputStream in, CountDownLatch halfway, CountDownLatch proceed) {
      this.in = in;
      this.halfway = halfway;
      this.proceed = proceed;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (read >= SPILLED / 2 && halfway.getCount() > 0) {
        halfway.countDown();
        try {
          proceed.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }
}
