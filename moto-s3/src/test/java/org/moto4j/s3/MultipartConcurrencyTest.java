package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.servlet.MotoServer;

/**
 * Parts of one upload arrive in parallel, and may race with its completion or abort: every part is
 * then either in the object or released, so no temporary file outlives its object.
 */
class MultipartConcurrencyTest {

  private static final int MIB = 1024 * 1024;

  private static MotoServer server;
  private static BlobStore blobs;
  private static ExecutorService threads;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
    blobs = server.moto().injector().getInstance(BlobStore.class);
    threads = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stopServer() {
    threads.shutdownNow();
    server.close();
  }

  @BeforeEach
  void bucket() {
    server.moto().reset();
    send("PUT", "/race", null);
  }

  @Test
  void parts_uploaded_in_parallel_are_all_kept() throws Exception {
    String uploadId = create();
    List<Future<String>> etags = new ArrayList<>();
    for (int number = 1; number <= 8; number++) {
      int n = number;
      etags.add(threads.submit(() -> uploadPart(uploadId, n, GeneratedContent.bytes(n, 3000))));
    }
    for (int number = 1; number <= 8; number++) {
      assertThat(etags.get(number - 1).get())
          .isEqualTo(MultipartDigests.partEtag(GeneratedContent.bytes(number, 3000)));
    }
    assertThat(send("GET", "/race/object?uploadId=" + uploadId, null).body())
        .contains("<PartNumber>8</PartNumber>");
  }

  @Test
  void parts_racing_with_completion_end_in_the_object_or_released() throws Exception {
    int baseline = blobs.fileCount();
    String uploadId = create();
    String first = uploadPart(uploadId, 1, new byte[5 * MIB]);
    String second = uploadPart(uploadId, 2, new byte[2 * MIB]);

    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> late = new ArrayList<>();
    for (int number = 3; number <= 8; number++) {
      int n = number;
      late.add(
          threads.submit(
              () -> {
                go.await();
                return send("PUT", partPath(uploadId, n), new byte[2 * MIB]).statusCode();
              }));
    }
    go.countDown();
    HttpResponse<String> completed =
        send(
            "POST",
            "/race/object?uploadId=" + uploadId,
            "<CompleteMultipartUpload>"
                + part(1, first)
                + part(2, second)
                + "</CompleteMultipartUpload>");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
    for (Future<Integer> status : late) {
      assertThat(status.get()).isIn(200, 404);
    }

    assertThat(blobs.fileCount()).isEqualTo(baseline + 2);
    assertThat(send("DELETE", "/race/object", null).statusCode()).isEqualTo(204);
    assertThat(blobs.fileCount()).isEqualTo(baseline);
  }

  @Test
  void parts_racing_with_abort_are_all_released() throws Exception {
    int baseline = blobs.fileCount();
    String uploadId = create();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> parts = new ArrayList<>();
    for (int number = 1; number <= 6; number++) {
      int n = number;
      parts.add(
          threads.submit(
              () -> {
                go.await();
                return send("PUT", partPath(uploadId, n), new byte[2 * MIB]).statusCode();
              }));
    }
    go.countDown();
    assertThat(send("DELETE", "/race/object?uploadId=" + uploadId, null).statusCode())
        .isEqualTo(204);
    for (Future<Integer> status : parts) {
      assertThat(status.get()).isIn(200, 404);
    }
    assertThat(blobs.fileCount()).isEqualTo(baseline);
  }

  private static String create() {
    HttpResponse<String> created = send("POST", "/race/object?uploads", null);
    Matcher matcher = Pattern.compile("<UploadId>([^<]+)</UploadId>").matcher(created.body());
    assertThat(matcher.find()).as(created.body()).isTrue();
    return matcher.group(1);
  }

  private static String uploadPart(String uploadId, int number, byte[] bytes) {
    HttpResponse<String> response = send("PUT", partPath(uploadId, number), bytes);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static String partPath(String uploadId, int number) {
    return "/race/object?partNumber=" + number + "&uploadId=" + uploadId;
  }

  private static String part(int number, String etag) {
    return "<Part><PartNumber>" + number + "</PartNumber><ETag>" + etag + "</ETag></Part>";
  }

  private static HttpResponse<String> send(String method, String path, Object body) {
    return S3TestServer.send(
        S3TestServer.request(server, path)
            .method(
                method,
                body == null
                    ? BodyPublishers.noBody()
                    : body instanceof byte[] bytes
                        ? BodyPublishers.ofByteArray(bytes)
                        : BodyPublishers.ofString((String) body))
            .build());
  }
}
