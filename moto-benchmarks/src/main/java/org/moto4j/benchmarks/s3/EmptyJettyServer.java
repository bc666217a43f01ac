package org.moto4j.benchmarks.s3;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor moto4j is compared with: Jetty 12 with the connector, HTTP configuration and thread
 * pool {@code MotoServer} uses, and a handler that does nothing but read the request body and
 * answer 200 with the bytes moto4j would send back: the object's bytes to a GET, an empty body and
 * an ETag to anything else. The difference between the two is the cost of moto4j itself.
 */
final class EmptyJettyServer implements AutoCloseable {

  private final Server jetty;
  private final ServerConnector connector;

  private EmptyJettyServer(byte[] getBody) {
    // The same settings as MotoServer's constructor; keep the two in step.
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("empty-jetty");
    jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    http.setRequestHeaderSize(64 * 1024);
    http.setUriCompliance(UriCompliance.from(EnumSet.allOf(UriCompliance.Violation.class)));
    connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    jetty.setHandler(new Answer(getBody));
  }

  /** Starts one on an ephemeral loopback port. */
  static EmptyJettyServer start(byte[] getBody) throws Exception {
    EmptyJettyServer server = new EmptyJettyServer(getBody);
    server.jetty.start();
    return server;
  }

  Target target() {
    return new Target("empty Jetty", new InetSocketAddress("127.0.0.1", connector.getLocalPort()));
  }

  @Override
  public void close() throws Exception {
    jetty.stop();
  }

  /** Reads the body, answers with fixed bytes. */
  private static final class Answer extends Handler.Abstract {
    private final byte[] getBody;

    Answer(byte[] getBody) {
      this.getBody = getBody;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      // blocking, as moto4j's handler reads bodies
      Content.Source.consumeAll(request);
      response.setStatus(200);
      if (request.getMethod().equals("GET")) {
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, getBody.length);
        response.write(true, ByteBuffer.wrap(getBody), callback);
      } else {
        response.getHeaders().put(HttpHeader.ETAG, "\"0f343b0931126a20f133d67c2b018a3b\"");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
        callback.succeeded();
      }
      return true;
    }
  }
}
