package org.moto4j.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client on a raw socket, for what well-behaved clients never do: stop half-way through a body,
 * stall, hang up in the middle of a download.
 */
final class RawHttp implements AutoCloseable {

  private final Socket socket = new Socket();
  private final OutputStream out;
  private final InputStream in;

  RawHttp(InetSocketAddress address) throws IOException {
    socket.connect(address, 5_000);
    socket.setSoTimeout(15_000);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  /** Sends a request line and headers; {@code headers} are {@code Name: value} lines. */
  RawHttp head(String method, String target, String... headers) throws IOException {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    request.append("\r\n");
    out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return this;
  }

  /** Sends bytes as they are. */
  RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** Sends {@code count} bytes of body. */
  RawHttp body(long count) throws IOException {
    byte[] chunk = new byte[8192];
    for (long left = count; left > 0; ) {
      int n = (int) Math.min(chunk.length, left);
      out.write(chunk, 0, n);
      left -= n;
    }
    out.flush();
    return this;
  }

  /** Reads up to {@code count} bytes of the answer (headers included). */
  byte[] read(int count) throws IOException {
    return in.readNBytes(count);
  }

  /** Reads the answer's status line and headers. */
  String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int c; matched < 4 && (c = in.read()) >= 0; ) {
      head.write(c);
      matched = (c == '\r' || c == '\n') ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** Hangs up at once: a reset, not an orderly close, as a killed client does. */
  void abort() throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
