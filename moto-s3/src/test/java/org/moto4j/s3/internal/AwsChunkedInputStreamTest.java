package org.moto4j.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.moto4j.core.protocol.AwsException;

class AwsChunkedInputStreamTest {

  @Test
  void unsigned_chunks_with_a_checksum_trailer_yield_the_payload_and_the_trailer()
      throws IOException {
    String body = "5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
    AwsChunkedInputStream in = stream(body, 11);
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello world");
    assertThat(in.trailers()).containsEntry("x-amz-checksum-crc32", "DUoRhQ==");
  }

  @Test
  void signed_chunks_and_a_signed_trailer_yield_the_payload() throws IOException {
    String sig = "chunk-signature=" + "a".repeat(64);
    String body =
        "3;"
            + sig
            + "\r\nabc\r\n0;"
            + sig
            + "\r\nx-amz-checksum-crc32:NSRBwg==\r\nx-amz-trailer-signature:"
            + "b".repeat(64)
            + "\r\n\r\n";
    AwsChunkedInputStream in = stream(body, 3);
    assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
    assertThat(in.trailers()).containsKeys("x-amz-checksum-crc32", "x-amz-trailer-signature");
  }

  @Test
  void signed_chunks_without_trailer_and_no_final_blank_line_are_accepted() throws IOException {
    String body = "4;chunk-signature=00\r\ndata\r\n0;chunk-signature=00\r\n";
    assertThat(stream(body, -1).readAllBytes()).isEqualTo("data".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void an_empty_payload_is_a_lone_final_chunk() throws IOException {
    assertThat(stream("0\r\n\r\n", 0).readAllBytes()).isEmpty();
  }

  @Test
  void single_byte_reads_see_the_same_payload() throws IOException {
    AwsChunkedInputStream in = stream("2\r\nab\r\n1\r\nc\r\n0\r\n\r\n", 3);
    StringBuilder out = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      out.append((char) c);
    }
    assertThat(out).hasToString("abc");
  }

  @Test
  void a_truncated_body_is_IncompleteBody() {
    assertThatThrownBy(() -> stream("a\r\nshort", -1).readAllBytes())
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("IncompleteBody"));
    assertThatThrownBy(() -> stream("3\r\nabc\r\n", -1).readAllBytes())
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("IncompleteBody"));
  }

  @Test
  void a_payload_shorter_than_announced_is_IncompleteBody() {
    assertThatThrownBy(() -> stream("3\r\nabc\r\n0\r\n\r\n", 4).readAllBytes())
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("IncompleteBody"));
  }

  @Test
  void malformed_framing_is_InvalidRequest() {
    assertThatThrownBy(() -> stream("zz\r\nabc\r\n0\r\n\r\n", -1).readAllBytes())
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidRequest"));
    assertThatThrownBy(() -> stream("2\r\nabc\r\n0\r\n\r\n", -1).readAllBytes())
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidRequest"));
  }

  private static AwsChunkedInputStream stream(String body, long expected) {
    return new AwsChunkedInputStream(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), expected);
  }
}
