package org.moto4j.s3.internal.select;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes AWS event-stream messages ({@code application/vnd.amazon.eventstream}): a 12-byte prelude
 * (total length, headers length, CRC32 of those 8 bytes), the headers (name length, name, type 7 =
 * string, value length, value), the payload, and the CRC32 of everything before it.
 */
final class EventStream {

  private static final byte STRING_TYPE = 7;

  private final OutputStream out;

  EventStream(OutputStream out) {
    this.out = out;
  }

  /** A {@code Records} event carrying output bytes. */
  void records(byte[] payload, int length) throws IOException {
    write(event("Records", "application/octet-stream"), payload, length);
  }

  /** A {@code Stats} (or {@code Progress}) event with the byte counts. */
  void counts(String eventType, long scanned, long processed, long returned) throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><"
            + eventType
            + " xmlns=\"\"><BytesScanned>"
            + scanned
            + "</BytesScanned><BytesProcessed>"
            + processed
            + "</BytesProcessed><BytesReturned>"
            + returned
            + "</BytesReturned></"
            + eventType
            + ">";
    byte[] payload = xml.getBytes(StandardCharsets.UTF_8);
    write(event(eventType, "text/xml"), payload, payload.length);
  }

  /** A {@code Cont} event: a keep-alive while a long scan has nothing to answer yet. */
  void keepAlive() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(":event-type", "Cont");
    headers.put(":message-type", "event");
    write(headers, new byte[0], 0);
  }

  /** The {@code End} event: the request completed. */
  void end() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(":event-type", "End");
    headers.put(":message-type", "event");
    write(headers, new byte[0], 0);
  }

  /** An error message: the request failed after the 200 was sent. */
  void error(String code, String message) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(":error-code", code);
    headers.put(":error-message", message);
    headers.put(":message-type", "error");
    write(headers, new byte[0], 0);
  }

  private static Map<String, String> event(String type, String contentType) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(":event-type", type);
    headers.put(":content-type", contentType);
    headers.put(":message-type", "event");
    return headers;
  }

  private void write(Map<String, String> headers, byte[] payload, int length) throws IOException {
    out.write(encode(headers, payload, length));
    out.flush();
  }

  /** One whole message. */
  static byte[] encode(Map<String, String> headers, byte[] payload, int length) {
    ByteArrayOutputStream encodedHeaders = new ByteArrayOutputStream();
    for (Map.Entry<String, String> header : headers.entrySet()) {
      byte[] name = header.getKey().getBytes(StandardCharsets.UTF_8);
      byte[] value = header.getValue().getBytes(StandardCharsets.UTF_8);
      encodedHeaders.write(name.length);
      encodedHeaders.writeBytes(name);
      encodedHeaders.write(STRING_TYPE);
      encodedHeaders.write((value.length >>> 8) & 0xFF);
      encodedHeaders.write(value.length & 0xFF);
      encodedHeaders.writeBytes(value);
    }
    int headersLength = encodedHeaders.size();
    int total = 12 + headersLength + length + 4;
    ByteBuffer message = ByteBuffer.allocate(total);
    message.putInt(total).putInt(headersLength);
    message.putInt((int) crc(message.array(), 0, 8));
    message.put(encodedHeaders.toByteArray());
    message.put(payload, 0, length);
    message.putInt((int) crc(message.array(), 0, total - 4));
    return message.array();
  }

  private static long crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return crc.getValue();
  }
}
