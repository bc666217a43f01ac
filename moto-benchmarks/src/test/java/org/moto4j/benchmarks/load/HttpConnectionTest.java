package org.moto4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

  @Test
  void reads_a_chunked_answer_with_a_trailer_then_a_fixed_length_one_on_the_same_connection()
      throws Exception {
    String answers =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Amz-Request-Id: 1\r\n\r\n"
            + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nx-trailer: t\r\n\r\n"
            + "HTTP/1.1 404 Not Found\r\nContent-Length: 7\r\nETag: \"e\"\r\n\r\nmissing";
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<String> requests = serveOnce(server, answers);
      try (HttpConnection connection =
          HttpConnection.open(new InetSocketAddress("127.0.0.1", server.getLocalPort()))) {
        RawResponse first = connection.send("GET", "/b?list-type=2", new byte[0]);
        RawResponse second =
            connection.send(
                "PUT", "/b/k", "body".getBytes(StandardCharsets.UTF_8), "Content-Type", "a/b");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).isEqualTo("hello world");
        assertThat(first.header("x-amz-request-id")).isEqualTo("1");
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.header("etag")).isEqualTo("\"e\"");
        assertThat(second.text()).isEqualTo("missing");
      }
      assertThat(requests.get())
          .startsWith("GET /b?list-type=2 HTTP/1.1\r\nHost: 127.0.0.1:")
          .contains("\r\n\r\nPUT /b/k HTTP/1.1\r\n")
          .contains("\r\nContent-Type: a/b\r\nContent-Length: 4\r\n\r\nbody");
    }
  }

  /** Accepts one connection and answers its two requests, one at a time. */
  private static CompletableFuture<String> serveOnce(ServerSocket server, String answers) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket socket = server.accept()) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            // the first request has no body; answer it before the second is sent
            readHead(in, seen);
            int split = answers.indexOf("HTTP/1.1 404");
            socket
                .getOutputStream()
                .write(answers.substring(0, split).getBytes(StandardCharsets.ISO_8859_1));
            readHead(in, seen);
            seen.write(in.readNBytes(4));
            socket
                .getOutputStream()
                .write(answers.substring(split).getBytes(StandardCharsets.ISO_8859_1));
            return seen.toString(StandardCharsets.ISO_8859_1);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void readHead(InputStream in, ByteArrayOutputStream seen) throws IOException {
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    for (int b = in.read(); b >= 0; b = in.read()) {
      seen.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == end.length) {
        return;
      }
    }
  }
}
