package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * A PUT replaces an object whole: readers racing repeated overwrites (of objects big enough to live
 * in temporary files, released as they are replaced) always get one complete version, whose MD5 is
 * the ETag they were answered with.
 */
class OverwriteAtomicityTest {

  private static final int SIZE = 1536 * 1024;
  private static final int VERSIONS = 12;

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void readers_during_repeated_overwrites_always_see_one_whole_version() throws Exception {
    S3Client writer = S3TestServer.client(server, S3TestServer.Style.PATH);
    writer.createBucket(b -> b.bucket("atomic"));
    writer.putObject(
        b -> b.bucket("atomic").key("hot"),
        RequestBody.fromContentProvider(
            () -> GeneratedContent.stream(-1, SIZE), SIZE, "application/octet-stream"));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    AtomicBoolean writing = new AtomicBoolean(true);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        S3TestServer.Style style =
            r % 2 == 0 ? S3TestServer.Style.PATH : S3TestServer.Style.VIRTUAL_HOST;
        S3Client reader = S3TestServer.client(server, style);
        readers.add(
            threads.submit(
                () -> {
                  int reads = 0;
                  do {
                    ResponseInputStream<GetObjectResponse> got =
                        reader.getObject(b -> b.bucket("atomic").key("hot"));
                    String etag = got.response().eTag();
                    assertThat("\"" + GeneratedContent.md5Hex(got) + "\"").isEqualTo(etag);
                    reads++;
                  } while (writing.get());
                  return reads;
                }));
      }
      for (int version = 0; version < VERSIONS; version++) {
        long seed = version;
        writer.putObject(
            b -> b.bucket("atomic").key("hot"),
            RequestBody.fromContentProvider(
                () -> GeneratedContent.stream(seed, SIZE), SIZE, "application/octet-stream"));
      }
      writing.set(false);
      int reads = 0;
      for (Future<Integer> reader : readers) {
        reads += reader.get();
      }
      assertThat(reads).isGreaterThanOrEqualTo(3);
    } finally {
      writing.set(false);
      threads.shutdownNow();
    }
    BlobStore blobs = server.moto().injector().getInstance(BlobStore.class);
    // Only the last version's file is left: every replaced one went once its readers were done.
    Eventually.await("replaced versions to be released", () -> blobs.fileCount() == 1);
    writer.deleteObject(b -> b.bucket("atomic").key("hot"));
    assertThat(blobs.fileCount()).isZero();
  }
}
