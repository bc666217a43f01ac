package org.moto4j.servlet;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * moto4j on an embedded Jetty 12: the standalone server, and the server tests start.
 *
 * <pre>{@code
 * try (MotoServer server = MotoServer.builder().port(0).build().start()) {
 *   S3Client s3 = S3Client.builder().endpointOverride(server.endpoint()).build();
 * }
 * }</pre>
 */
public final class MotoServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MotoServer.class);

  /** The default port, as moto's. */
  public static final int DEFAULT_PORT = 5000;

  private final String host;
  private final int requestedPort;
  private final Moto moto;
  private final Server jetty;
  private final ServerConnector connector;

  private MotoServer(Builder builder) {
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.moto = builder.moto != null ? builder.moto : Moto.builder().config(builder.config).build();
    if (builder.enforceAccessControl != null) {
      moto.accessControl().enforce(builder.enforceAccessControl);
    }

    QueuedThreadPool threads = new QueuedThreadPool(builder.maxThreads, 8);
    threads.setName("moto4j");
    this.jetty = new Server(threads);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    // Presigned URLs and S3 metadata make for long request lines and headers.
    http.setRequestHeaderSize(64 * 1024);
    // SigV4 signs header values byte for byte: Jetty's header cache would otherwise hand over its
    // own spelling of a common value ("charset=utf-8" for the SDK's "charset=UTF-8").
    http.setHeaderCacheCaseSensitive(true);
    // S3 keys may hold '//', '..', encoded slashes and more: take the path exactly as sent.
    http.setUriCompliance(UriCompliance.from(EnumSet.allOf(UriCompliance.Violation.class)));
    this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(requestedPort);
    jetty.addConnector(connector);

    // Jetty's core API rather than a servlet: no path decoding or canonicalisation stands between
    // the client and S3's keys, and no servlet machinery on the hot path.
    RequestLimits.apply(jetty, http, new JettyMotoHandler(moto));
    jetty.setStopAtShutdown(builder.stopAtShutdown);
  }

  /** A builder for a server on 127.0.0.1 at the port {@code MOTO_PORT} names, else 5000. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server; returns once it accepts connections.
   *
   * @throws IllegalStateException if it cannot bind or start
   */
  public MotoServer start() {
    try {
      jetty.start();
    } catch (Exception e) {
      try {
        jetty.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IllegalStateException(
          "moto4j could not start on " + host + ":" + requestedPort + ": " + e.getMessage(), e);
    }
    log.info("moto4j listening on {}", endpoint());
    return this;
  }

  /** Stops the server; the {@link Moto} and its state stay usable. */
  public void stop() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("moto4j could not stop cleanly", e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The port the server is bound to (the chosen one when built with port 0). */
  public int port() {
    int local = connector.getLocalPort();
    return local > 0 ? local : requestedPort;
  }

  /** The host the server is bound to. */
  public String host() {
    return host;
  }

  /** {@code http://host:port}, the endpoint to give an SDK client. */
  public URI endpoint() {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    if (shown.contains(":")) {
      shown = "[" + shown + "]";
    }
    return URI.create("http://" + shown + ":" + port());
  }

  /** The socket address the server listens on. */
  public InetSocketAddress address() {
    return new InetSocketAddress(host, port());
  }

  /** The mocked AWS this server serves. */
  public Moto moto() {
    return moto;
  }

  /** Whether the server is started and accepting connections. */
  public boolean isRunning() {
    return jetty.isRunning();
  }

  /** Runs the standalone server: {@code --host}, {@code --port}, {@code --help}. */
  public static void main(String[] args) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("moto4j: " + e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    }
    if (commandLine.help()) {
      System.out.println(CommandLine.USAGE);
      return;
    }
    MotoServer server =
        builder().host(commandLine.host()).port(commandLine.port()).stopAtShutdown(true).build();
    try {
      server.start();
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Configures a {@link MotoServer}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = defaultPort(new MotoConfig());
    private Moto moto;
    private MotoConfig config = new MotoConfig();
    private int maxThreads = 200;
    private boolean stopAtShutdown;
    private Boolean enforceAccessControl;

    private Builder() {}

    /**
     * Whether every AWS request is authenticated and authorised as AWS would; off by default
     * (moto's {@code INITIAL_NO_AUTH_ACTION_COUNT} and {@code moto.iam.enforce} decide).
     */
    public Builder enforceAccessControl(boolean enforce) {
      this.enforceAccessControl = enforce;
      return this;
    }

    /** The address to bind; 127.0.0.1 by default, {@code 0.0.0.0} for every interface. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 picks a free one, readable from {@link MotoServer#port()} once started. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Serves this {@link Moto} instead of building one. */
    public Builder moto(Moto moto) {
      this.moto = moto;
      return this;
    }

    /** The configuration a newly built {@link Moto} reads. */
    public Builder config(MotoConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The largest number of request threads. */
    public Builder maxThreads(int maxThreads) {
      this.maxThreads = maxThreads;
      return this;
    }

    /** Whether to stop the server when the JVM shuts down. */
    public Builder stopAtShutdown(boolean stopAtShutdown) {
      this.stopAtShutdown = stopAtShutdown;
      return this;
    }

    public MotoServer build() {
      return new MotoServer(this);
    }

    private static int defaultPort(MotoConfig config) {
      return config.get(Setting.PORT).map(Integer::parseInt).orElse(DEFAULT_PORT);
    }
  }
}
