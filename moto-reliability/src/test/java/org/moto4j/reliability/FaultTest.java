package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Faults: clients that hang up mid-upload, mid-multipart and mid-download (raw sockets), a stalled
 * upload beside busy clients, and a disk that fills up under the blob store. After each, nothing
 * acknowledged is lost, nothing half-written is visible, and no temporary file is left.
 */
class FaultTest {

  private static final String BUCKET = "faults";
  private static final Duration SETTLE = Duration.ofSeconds(10);
  private static final int ROUNDS = Budget.current().faultRounds;

  private static Servers.Started moto;
  private static Clients clients;
  private static S3Client s3;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    moto = Servers.start();
    clients = new Clients(moto.server().endpoint(), 64);
    s3 = clients.s3(Clients.BASE);
  }

  @AfterAll
  static void stop() {
    clients.close();
    moto.close();
  }

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @AfterEach
  void reset() {
    moto.disk().free();
    moto.server().moto().reset();
    assertNoBlobFiles();
  }

  @Test
  void a_client_hanging_up_mid_upload_stores_nothing_and_leaves_no_file() throws Exception {
    byte[] kept = bytes(100_000, 1);
    s3.putObject(b -> b.bucket(BUCKET).key("kept"), RequestBody.fromBytes(kept));
    for (int round = 0; round < ROUNDS; round++) {
      for (long sent : new long[] {0, 1_000, 300_000}) {
        try (RawHttp client = new RawHttp(moto.server().address())) {
          client.head("PUT", "/" + BUCKET + "/broken", "Content-Length: 1000000").body(sent);
          client.abort();
        }
      }
    }
    assertBlobFiles(1);
    assertThat(keys()).containsExactly("kept");
    assertThat(md5(get("kept"))).isEqualTo(md5(kept));
  }

  @Test
  void a_client_hanging_up_mid_part_loses_only_that_part() throws Exception {
    String upload = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("multi")).uploadId();
    byte[] first = bytes(5 * 1024 * 1024, 2);
    String etag =
        s3.uploadPart(
                b -> b.bucket(BUCKET).key("multi").uploadId(upload).partNumber(1),
                RequestBody.fromBytes(first))
            .eTag();
    for (int round = 0; round < ROUNDS; round++) {
      try (RawHttp client = new RawHttp(moto.server().address())) {
        client
            .head(
                "PUT",
                "/" + BUCKET + "/multi?partNumber=2&uploadId=" + upload,
                "Content-Length: 2000000")
            .body(500_000);
        client.abort();
      }
    }
    assertBlobFiles(1);
    assertThat(
            s3.listParts(b -> b.bucket(BUCKET).key("multi").uploadId(upload)).parts().stream()
                .map(p -> p.partNumber())
                .toList())
        .containsExactly(1);
    s3.completeMultipartUpload(
        b ->
            b.bucket(BUCKET)
                .key("multi")
                .uploadId(upload)
                .multipartUpload(
                    m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
    assertThat(md5(get("multi"))).isEqualTo(md5(first));
  }

  @Test
  void a_client_hanging_up_mid_download_leaves_the_object_whole_and_its_file_released()
      throws Exception {
    byte[] big = bytes(3 * 1024 * 1024, 3);
    s3.putObject(b -> b.bucket(BUCKET).key("big"), RequestBody.fromBytes(big));
    for (int round = 0; round < ROUNDS; round++) {
      try (RawHttp client = new RawHttp(moto.server().address())) {
        client.head("GET", "/" + BUCKET + "/big");
        assertThat(new String(client.read(12), java.nio.charset.StandardCharsets.ISO_8859_1))
            .isEqualTo("HTTP/1.1 200");
        client.read(64 * 1024);
        client.abort();
      }
    }
    assertThat(md5(get("big"))).isEqualTo(md5(big));
    s3.deleteObject(b -> b.bucket(BUCKET).key("big"));
    // The aborted downloads' streams must have let go of the file, or it stays forever.
    assertBlobFiles(0);
  }

  @Test
  void a_stalled_upload_does_not_block_other_requests() throws Exception {
    try (RawHttp stalled = new RawHttp(moto.server().address())) {
      stalled.head("PUT", "/" + BUCKET + "/stalled", "Content-Length: 20000").body(10_000);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          work.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 10; i++) {
                      String key = "busy-" + thread + "-" + i;
                      s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(key));
                      s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key));
                      s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("busy-" + thread));
                    }
                    // the same key as the stalled upload: not blocked by it either
                    s3.putObject(
                        b -> b.bucket(BUCKET).key("stalled"), RequestBody.fromString("other"));
                    return null;
                  }));
        }
        for (Future<?> future : work) {
          future.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(keys()).hasSize(81);
      assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("stalled")).asUtf8String())
          .isEqualTo("other");

      stalled.body(10_000);
      assertThat(stalled.readHead()).startsWith("HTTP/1.1 200");
    }
    // the stalled upload, once finished, was the last write of its key
    assertThat(get("stalled")).hasSize(20_000);
  }

  @Test
  void a_full_disk_fails_only_the_request_that_needed_it_with_a_500_internal_error()
      throws Exception {
    List<byte[]> stored = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      byte[] body = bytes(50_000 + i, 10 + i);
      stored.add(body);
      int n = i;
      s3.putObject(b -> b.bucket(BUCKET).key("stored-" + n), RequestBody.fromBytes(body));
    }
    long filesBefore = moto.filesOnDisk();
    assertThat(filesBefore).isEqualTo(4);

    try (LogCapture log = LogCapture.start()) {
      for (int round = 0; round < ROUNDS; round++) {
        for (long room : new long[] {0, 10_000, 70_000}) {
          moto.disk().leave(room);
          HttpResponse<String> answer = put("/" + BUCKET + "/stored-0", bytes(200_000, 99));
          assertThat(answer.statusCode()).isEqualTo(500);
          assertThat(answer.body())
              .contains("<Code>InternalError</Code>")
              .contains("<Message>We encountered an internal error. Please try again.");
          assertThat(answer.headers().firstValue("x-amz-request-id")).isPresent();
          String requestId = answer.headers().firstValue("x-amz-request-id").orElseThrow();
          assertThat(log.errors()).anySatisfy(line -> assertThat(line).contains(requestId));
          log.clear();

          // the same full disk does not stop a body that fits in memory
          assertThat(put("/" + BUCKET + "/small", bytes(1_000, 5)).statusCode()).isEqualTo(200);
        }
      }
      // a multipart part is refused the same way, and its upload is untouched
      String upload = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("multi")).uploadId();
      moto.disk().fill();
      assertThat(
              put("/" + BUCKET + "/multi?partNumber=1&uploadId=" + upload, bytes(60_000, 7))
                  .statusCode())
          .isEqualTo(500);
      assertThat(s3.listParts(b -> b.bucket(BUCKET).key("multi").uploadId(upload)).parts())
          .isEmpty();
    }
    moto.disk().free();

    assertThat(moto.filesOnDisk()).isEqualTo(filesBefore);
    assertThat(moto.blobs().fileCount()).isEqualTo((int) filesBefore);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(md5(get("stored-" + i))).as("stored-%d", i).isEqualTo(md5(stored.get(i)));
    }
    byte[] later = bytes(200_000, 42);
    assertThat(put("/" + BUCKET + "/stored-0", later).statusCode()).isEqualTo(200);
    assertThat(md5(get("stored-0"))).isEqualTo(md5(later));
  }

  @Test
  void a_full_disk_while_completing_a_multipart_upload_keeps_the_upload_completable()
      throws Exception {
    String upload = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("whole")).uploadId();
    byte[] part = bytes(5 * 1024 * 1024, 8);
    String etag =
        s3.uploadPart(
                b -> b.bucket(BUCKET).key("whole").uploadId(upload).partNumber(1),
                RequestBody.fromBytes(part))
            .eTag();
    String complete =
        "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"
            + etag
            + "</ETag></Part></CompleteMultipartUpload>";
    moto.disk().fill();
    HttpResponse<String> failed =
        http.send(
            HttpRequest.newBuilder(uri("/" + BUCKET + "/whole?uploadId=" + upload))
                .POST(HttpRequest.BodyPublishers.ofString(complete))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    moto.disk().free();
    // Either the assembly needed the disk (and failed cleanly) or it did not: both keep the data.
    if (failed.statusCode() != 200) {
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).contains("<Code>InternalError</Code>");
      s3.completeMultipartUpload(
          b ->
              b.bucket(BUCKET)
                  .key("whole")
                  .uploadId(upload)
                  .multipartUpload(
                      m -> m.parts(CompletedPart.builder().partNumber(1).eTag(etag).build())));
    }
    assertThat(md5(get("whole"))).isEqualTo(md5(part));
  }

  private static HttpResponse<String> put(String path, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create(moto.server().endpoint() + path);
  }

  private static byte[] get(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
  }

  private static List<String> keys() {
    return s3.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream()
        .map(S3Object::key)
        .toList();
  }

  private static void assertNoBlobFiles() {
    assertBlobFiles(0);
  }

  /**
   * Waits until the store counts {@code count} files and the disk holds as many: requests whose
   * clients hung up may still be running (a file is created a moment before it is counted).
   */
  private static void assertBlobFiles(int count) {
    Eventually.within(
        SETTLE,
        () -> {
          assertThat(moto.blobs().fileCount()).isEqualTo(count);
          assertThat(moto.filesOnDisk()).isEqualTo(count);
        });
  }

  static byte[] bytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }

  @SuppressWarnings("unused")
  private static boolean missing(String key) {
    try {
      get(key);
      return false;
    } catch (NoSuchKeyException e) {
      return true;
    }
  }
}
