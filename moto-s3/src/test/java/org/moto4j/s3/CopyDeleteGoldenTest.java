package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * A CopyObjectResult and a DeleteResult with both Deleted and Error entries, byte for byte against
 * files under {@code src/test/resources/golden}, after replacing dates and request ids.
 */
class CopyDeleteGoldenTest {

  private static MotoServer server;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
    send(request("/golden-copy").PUT(BodyPublishers.noBody()));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void a_copy_object_result_matches_its_golden_file() {
    send(request("/golden-copy/source").PUT(BodyPublishers.ofString("golden bytes")));
    HttpResponse<String> response =
        send(
            request("/golden-copy/copy")
                .header("x-amz-copy-source", "golden-copy/source")
                .header("x-amz-checksum-algorithm", "SHA256")
                .PUT(BodyPublishers.noBody()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalise(response.body())).isEqualTo(golden("copy-object-result.xml"));
  }

  @Test
  void a_delete_result_with_deleted_and_failed_keys_matches_its_golden_file() {
    send(request("/golden-copy/kept%20%26%20guarded").PUT(BodyPublishers.ofString("guarded")));
    send(request("/golden-copy/gone").PUT(BodyPublishers.ofString("gone")));
    String body =
        "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Object><Key>gone</Key></Object>"
            + "<Object><Key>never &lt;existed&gt;</Key><VersionId>null</VersionId></Object>"
            + "<Object><Key>kept &amp; guarded</Key><ETag>\"not-its-etag\"</ETag></Object>"
            + "<Object><Key>absent</Key><ETag>\"any\"</ETag></Object>"
            + "</Delete>";
    HttpResponse<String> response =
        send(
            request("/golden-copy?delete")
                .header("Content-MD5", md5(body))
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalise(response.body())).isEqualTo(golden("delete-objects-result.xml"));
  }

  private static String normalise(String xml) {
    return xml.replaceAll(
            "<LastModified>[^<]+</LastModified>", "<LastModified>LAST_MODIFIED</LastModified>")
        .replace("><", ">\n<");
  }

  private static String golden(String name) {
    try (InputStream in = CopyDeleteGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String md5(String body) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return S3TestServer.request(server, pathAndQuery);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    return S3TestServer.send(request.build());
  }
}
