package org.moto4j.benchmarks.load;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client on one keep-alive socket: the cheapest client there is, so that on a small
 * machine the load generator takes as little CPU as possible from the server it measures.
 * Fixed-length request bodies; fixed-length and chunked response bodies. One thread at a time.
 */
public final class HttpConnection implements AutoCloseable {

  private static final int READ_TIMEOUT_MILLIS = 120_000;

  /** Longest status or header line accepted; a longer one means we are not talking HTTP. */
  private static final int MAX_LINE = 64 * 1024;

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String host;
  private final StringBuilder head = new StringBuilder(512);
  // Our own read buffer: BufferedInputStream locks on every read() of a byte.
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;

  private HttpConnection(Socket socket, String host) throws IOException {
    this.socket = socket;
    this.host = host;
    this.in = socket.getInputStream();
    this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
  }

  /** Connects to {@code address} with Nagle off and a read timeout, so nothing waits forever. */
  public static HttpConnection open(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      socket.connect(address, 10_000);
      return new HttpConnection(socket, address.getHostString() + ":" + address.getPort());
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * Sends a request with {@code body} (may be empty) and reads the answer.
   *
   * @param headers name, value, name, value...
   */
  public RawResponse send(String method, String target, byte[] body, String... headers)
      throws IOException {
    return send(method, target, body.length, output -> output.write(body), headers);
  }

  /**
   * Sends a request whose body of {@code length} bytes {@code body} streams, and reads the answer.
   *
   * @param headers name, value, name, value...
   */
  public RawResponse send(
      String method, String target, long length, BodyWriter body, String... headers)
      throws IOException {
    head.setLength(0);
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(host);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      head.append("\r\n").append(headers[i]).append(": ").append(headers[i + 1]);
    }
    if (length > 0 || !method.equals("GET") && !method.equals("HEAD")) {
      head.append("\r\nContent-Length: ").append(length);
    }
    head.append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (length > 0) {
      body.writeTo(out);
    }
    out.flush();
    return read(method.equals("HEAD"));
  }

  private RawResponse read(boolean head) throws IOException {
    String statusLine = readLine();
    if (!statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, String> headers = new HashMap<>();
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        headers.put(
            header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).trim());
      }
    }
    byte[] body;
    if (head || status < 200 || status == 204 || status == 304) {
      body = new byte[0];
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = readChunked();
    } else if (headers.containsKey("content-length")) {
      body = readExactly(Math.toIntExact(Long.parseLong(headers.get("content-length"))));
    } else {
      throw new IOException("an answer with neither Content-Length nor chunked: " + statusLine);
    }
    if ("close".equalsIgnoreCase(headers.get("connection"))) {
      socket.close();
    }
    return new RawResponse(status, headers, body);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int chunks = 0; chunks < Integer.MAX_VALUE; chunks++) {
      String sizeLine = readLine();
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon).trim(), 16);
      if (size == 0) {
        // trailers, then the empty line that ends the message
        for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
          continue;
        }
        return body.toByteArray();
      }
      body.write(readExactly(size));
      readLine();
    }
    throw new IOException("too many chunks");
  }

  private byte[] readExactly(int length) throws IOException {
    byte[] bytes = new byte[length];
    int copied = Math.min(length, limit - position);
    System.arraycopy(buffer, position, bytes, 0, copied);
    position += copied;
    while (copied < length) {
      int read = in.read(bytes, copied, length - copied);
      if (read < 0) {
        throw new EOFException("the server closed after " + copied + " of " + length + " bytes");
      }
      copied += read;
    }
    return bytes;
  }

  /** The next line without its CR LF, from the buffer, refilled as needed. */
  private String readLine() throws IOException {
    StringBuilder longLine = null;
    while (true) {
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
          String text = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
          position = i + 1;
          if (longLine == null) {
            return text;
          }
          longLine.append(text);
          int length = longLine.length();
          if (length > 0 && longLine.charAt(length - 1) == '\r') {
            longLine.setLength(length - 1);
          }
          return longLine.toString();
        }
      }
      // no line end buffered: keep what there is, then refill
      if (longLine == null) {
        longLine = new StringBuilder();
      }
      longLine.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
      if (longLine.length() > MAX_LINE) {
        throw new IOException("a line longer than " + MAX_LINE + " bytes");
      }
      position = 0;
      limit = in.read(buffer);
      if (limit < 0) {
        limit = 0;
        throw new EOFException("connection closed by the server");
      }
    }
  }

  /** Whether the server has not closed the connection. */
  public boolean isOpen() {
    return !socket.isClosed();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
