package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Decodes AWS event-stream bytes the way a client must, checking every prelude and message CRC32:
 * for wire tests of SelectObjectContent.
 */
final class EventStreamMessages {

  /** One decoded message: its headers (string-typed, in order) and payload. */
  record Message(Map<String, String> headers, byte[] payload) {

    String header(String name) {
      return headers.get(name);
    }

    String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }
  }

  private EventStreamMessages() {}

  /** Every message of the stream; fails the test on a bad length, CRC or header type. */
  static List<Message> decode(byte[] bytes) {
    List<Message> messages = new ArrayList<>();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    while (in.hasRemaining()) {
      int start = in.position();
      int total = in.getInt();
      int headersLength = in.getInt();
      int preludeCrc = in.getInt();
      assertThat(crc(bytes, start, 8)).as("prelude CRC").isEqualTo(preludeCrc);
      assertThat(total).isGreaterThanOrEqualTo(16 + headersLength);
      Map<String, String> headers = new LinkedHashMap<>();
      int headersEnd = in.position() + headersLength;
      while (in.position() < headersEnd) {
        byte[] name = new byte[in.get() & 0xFF];
        in.get(name);
        assertThat(in.get()).as("header value type (7 = string)").isEqualTo((byte) 7);
        byte[] value = new byte[in.getShort() & 0xFFFF];
        in.get(value);
        headers.put(
            new String(name, StandardCharsets.UTF_8), new String(value, StandardCharsets.UTF_8));
      }
      byte[] payload = new byte[total - 16 - headersLength];
      in.get(payload);
      int messageCrc = in.getInt();
      assertThat(crc(bytes, start, total - 4)).as("message CRC").isEqualTo(messageCrc);
      messages.add(new Message(headers, payload));
    }
    return messages;
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
