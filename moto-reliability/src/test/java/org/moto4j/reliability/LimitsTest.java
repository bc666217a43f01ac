package org.moto4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits Jetty enforces before moto4j sees a request, each answered with AWS's error in S3's
 * XML, never Jetty's HTML: a header section over 64 KiB ({@code RequestHeaderSectionTooLarge}), a
 * body over S3's 5 GiB ({@code EntityTooLarge}, refused before any of it is sent), and requests
 * that are not HTTP at all ({@code BadRequest}).
 */
class LimitsTest {

  private static Servers.Started moto;
  private static LogCapture log;

  @BeforeAll
  static void start() {
    moto = Servers.start();
    log = LogCapture.start();
  }

  @AfterAll
  static void stop() {
    log.close();
    moto.close();
  }

  @Test
  void a_header_section_over_the_limit_is_request_header_section_too_large() throws Exception {
    Answer answer =
        exchange(
            "GET /bucket/key HTTP/1.1\r\nHost: 127.0.0.1\r\nx-amz-meta-big: "
                + "a".repeat(70 * 1024)
                + "\r\n\r\n");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .contains("<Code>RequestHeaderSectionTooLarge</Code>")
        .contains(
            "<Message>Your request header section exceeds the maximum allowed size.</Message>")
        .contains("<MaxSizeAllowed>65536</MaxSizeAllowed>");
    assertThat(answer.problems()).isEmpty();
  }

  @Test
  void a_request_line_over_the_limit_is_request_header_section_too_large() throws Exception {
    Answer answer =
        exchange("GET /bucket/" + "k".repeat(70 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("<Code>RequestHeaderSectionTooLarge</Code>");
    assertThat(answer.problems()).isEmpty();
  }

  @Test
  void a_body_over_five_gibibytes_is_entity_too_large_before_it_is_sent() throws Exception {
    Answer answer =
        exchange(
            "PUT /bucket/key HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 6000000000\r\n\r\n");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .contains("<Code>EntityTooLarge</Code>")
        .contains("<MaxSizeAllowed>5368709120</MaxSizeAllowed>");
    assertThat(answer.problems()).isEmpty();
    assertThat(moto.blobs().fileCount()).isZero();
  }

  @Test
  void requests_that_are_not_http_are_bad_request() throws Exception {
    for (String garbage :
        List.of(
            "GARBAGE\r\n\r\n",
            "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            "PUT /b/k HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n\r\n")) {
      Answer answer = exchange(garbage);
      assertThat(answer.status()).as(garbage).isBetween(400, 499);
      assertThat(answer.problems()).as(garbage).isEmpty();
    }
    assertThat(log.errors()).isEmpty();
  }

  /** A raw answer: status, headers, body. */
  record Answer(int status, String head, String body) {
    List<String> problems() {
      return ErrorShape.problems(
          status, this::header, body.getBytes(StandardCharsets.UTF_8), false);
    }

    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private static Answer exchange(String request) throws IOException {
    try (RawHttp client = new RawHttp(moto.server().address())) {
      client.send(request.getBytes(StandardCharsets.ISO_8859_1));
      String head = client.readHead();
      int status = Integer.parseInt(head.substring(9, 12));
      String length = new Answer(status, head, "").header("Content-Length");
      byte[] body = length == null ? client.read(1 << 20) : client.read(Integer.parseInt(length));
      return new Answer(status, head, new String(body, StandardCharsets.UTF_8));
    }
  }
}
