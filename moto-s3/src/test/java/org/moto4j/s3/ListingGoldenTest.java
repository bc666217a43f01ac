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
 * A ListObjects page, a ListObjectsV2 page and an InvalidArgument answer, byte for byte against
 * files under {@code src/test/resources/golden}, after replacing dates and request ids (which
 * change every run). The bucket is written once through PutObject and only read.
 */
class ListingGoldenTest {

  private static MotoServer server;

  @BeforeAll
  static void writeTheBucket() {
    server = S3TestServer.start();
    send("PUT", "/golden", null);
    send("PUT", "/golden/a.txt", "alpha");
    send("PUT", "/golden/b%20c.txt", "bravo");
    send("PUT", "/golden/photos/2006/x.jpg", "x-ray");
    send("PUT", "/golden/photos/2007/y.jpg", "yankee");
    send("PUT", "/golden/z%2B1", "zulu");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void a_list_objects_page_matches_its_golden_file() {
    HttpResponse<String> response =
        send("GET", "/golden?delimiter=/&max-keys=2&encoding-type=url&marker=a.txt", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalise(response.body())).isEqualTo(golden("list-objects-page.xml"));
  }

  @Test
  void a_list_objects_v2_page_matches_its_golden_file() {
    HttpResponse<String> response =
        send(
            "GET",
            "/golden?list-type=2&delimiter=/&max-keys=2&fetch-owner=true&start-after=a.txt",
            null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalise(response.body())).isEqualTo(golden("list-objects-v2-page.xml"));
  }

  @Test
  void an_invalid_max_keys_matches_its_golden_file() {
    HttpResponse<String> response = send("GET", "/golden?list-type=2&max-keys=-1", null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(normalise(response.body())).isEqualTo(golden("list-objects-invalid-max-keys.xml"));
  }

  private static String normalise(String xml) {
    return xml.replaceAll(
            "<LastModified>[^<]+</LastModified>", "<LastModified>LAST_MODIFIED</LastModified>")
        .replaceAll("<RequestId>[^<]+</RequestId>", "<RequestId>REQUEST_ID</RequestId>")
        .replaceAll("<HostId>[^<]+</HostId>", "<HostId>HOST_ID</HostId>")
        .replace("><", ">\n<");
  }

  private static String golden(String name) {
    try (InputStream in = ListingGoldenTest.class.getResourceAsStream("/golden/" + name)) {
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
