package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * ListBuckets and an error, byte for byte against files under {@code src/test/resources/golden},
 * after replacing creation dates and request ids (which change every run).
 */
class ListBucketsGoldenTest {

  private static MotoServer server;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
    send("PUT", "/alpha", null);
    send("PUT", "/beta", null);
    send(
        "PUT",
        "/alpine",
        "<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint>"
            + "</CreateBucketConfiguration>");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void list_buckets_matches_its_golden_file() {
    assertThat(normalise(send("GET", "/", null).body())).isEqualTo(golden("list-buckets.xml"));
  }

  @Test
  void a_page_of_list_buckets_matches_its_golden_file() {
    assertThat(normalise(send("GET", "/?prefix=al&max-buckets=1", null).body()))
        .isEqualTo(golden("list-buckets-page.xml"));
  }

  @Test
  void no_such_bucket_matches_its_golden_file() {
    assertThat(normalise(send("GET", "/nowhere?location", null).body()))
        .isEqualTo(golden("no-such-bucket.xml"));
  }

  private static String normalise(String xml) {
    return xml.replaceAll(
            "<CreationDate>[^<]+</CreationDate>", "<CreationDate>CREATION_DATE</CreationDate>")
        .replaceAll("<RequestId>[^<]+</RequestId>", "<RequestId>REQUEST_ID</RequestId>")
        .replaceAll("<HostId>[^<]+</HostId>", "<HostId>HOST_ID</HostId>")
        .replace("><", ">\n<");
  }

  private static String golden(String name) {
    try (InputStream in = ListBucketsGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> send(String method, String path, String body) {
    return S3TestServer.send(
        S3TestServer.request(server, path)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
            .build());
  }
}
