package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/**
 * RestoreObject and GetObjectTorrent on the wire, no SDK: statuses, empty bodies, error documents
 * and the torrent's headers.
 */
class RestoreAndTorrentWireTest {

  private static final String DAYS =
      "<RestoreRequest xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Days>2</Days>"
          + "<GlacierJobParameters><Tier>Expedited</Tier></GlacierJobParameters></RestoreRequest>";

  private static MotoServer server;

  @BeforeAll
  static void startServer() {
    server = S3TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void objects() {
    server.moto().reset();
    send("PUT", "/wire", Map.of(), null);
    send("PUT", "/wire/cold", Map.of("x-amz-storage-class", "GLACIER"), "frozen");
    send("PUT", "/wire/hot", Map.of(), "warm");
  }

  @Test
  void the_first_restore_is_202_and_a_repeat_200_both_without_a_body() {
    HttpResponse<String> first = send("POST", "/wire/cold?restore", Map.of(), DAYS);
    HttpResponse<String> again = send("POST", "/wire/cold?restore", Map.of(), DAYS);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.body()).isEmpty();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> head = send("HEAD", "/wire/cold", Map.of(), null);
    assertThat(head.headers().firstValue("x-amz-restore"))
        .hasValueSatisfying(
            v ->
                assertThat(v)
                    .matches(
                        "ongoing-request=\"false\", expiry-date=\"\\w{3}, \\d{2} \\w{3} \\d{4} 00:00:00 GMT\""));
  }

  @Test
  void refusals_are_s3_error_documents() {
    HttpResponse<String> standard = send("POST", "/wire/hot?restore", Map.of(), DAYS);
    assertThat(standard.statusCode()).isEqualTo(403);
    assertThat(standard.body())
        .contains("<Code>InvalidObjectState</Code>")
        .contains(
            "<Message>Restore is not allowed for the object's current storage class</Message>");

    HttpResponse<String> malformed =
        send("POST", "/wire/cold?restore", Map.of(), "<RestoreRequest>");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("<Code>MalformedXML</Code>");

    HttpResponse<String> badTier =
        send("POST", "/wire/cold?restore", Map.of(), DAYS.replace("Expedited", "Fastest"));
    assertThat(badTier.statusCode()).isEqualTo(400);
    assertThat(badTier.body()).contains("<Code>MalformedXML</Code>");

    HttpResponse<String> noDays =
        send("POST", "/wire/cold?restore", Map.of(), "<RestoreRequest></RestoreRequest>");
    assertThat(noDays.statusCode()).isEqualTo(400);
    assertThat(send("HEAD", "/wire/cold", Map.of(), null).headers().firstValue("x-amz-restore"))
        .isEmpty();

    HttpResponse<String> get = send("GET", "/wire/cold", Map.of(), null);
    assertThat(get.statusCode()).isEqualTo(403);
    assertThat(get.body())
        .contains("<Code>InvalidObjectState</Code>")
        .contains("<StorageClass>GLACIER</StorageClass>");
  }

  @Test
  void a_torrent_is_an_attachment_of_type_x_bittorrent() {
    HttpResponse<String> torrent = send("GET", "/wire/hot?torrent", Map.of(), null);

    assertThat(torrent.statusCode()).isEqualTo(200);
    assertThat(torrent.headers().firstValue("Content-Type")).hasValue("application/x-bittorrent");
    assertThat(torrent.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=hot.torrent;");
    assertThat(torrent.body())
        .startsWith("d8:announce")
        .contains("4:infod6:lengthi4e4:name3:hot12:piece lengthi262144e6:pieces20:");
  }

  private static HttpResponse<String> send(
      String method, String path, Map<String, String> headers, String body) {
    var request =
        S3TestServer.request(server, path)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return S3TestServer.send(request.build());
  }
}
