package org.moto4j.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP {@code CONNECT} proxy on loopback that tunnels every connection to one local port. The
 * async SDK's Netty client has no DNS hook, and {@code bucket.localhost} does not resolve here;
 * through this proxy it connects all the same, and the server sees the virtual-host request exactly
 * as the client wrote it.
 */
final class LoopbackTunnel implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "loopback-tunnel");
            thread.setDaemon(true);
            return thread;
          });

  LoopbackTunnel(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** The proxy's port. */
  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        threads.execute(() -> tunnel(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void tunnel(Socket client) {
    try (client;
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
      String head = readHead(client.getInputStream());
      if (!head.startsWith("CONNECT ")) {
        return;
      }
      OutputStream toClient = client.getOutputStream();
      toClient.write(
          "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      toClient.flush();
      threads.execute(() -> pump(client, target));
      pump(target, client);
    } catch (IOException e) {
      // a tunnel ends when either side closes
    }
  }

  private static void pump(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // the other side closed
    } finally {
      try {
        to.shutdownOutput();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  /** The request head, up to and including the blank line. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int c; matched < 4 && (c = in.read()) >= 0; ) {
      head.write(c);
      matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}
