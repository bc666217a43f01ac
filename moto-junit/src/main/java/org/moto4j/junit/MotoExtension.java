package org.moto4j.junit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * Starts an embedded moto4j server for a test class, resets it before each test, and hands tests a
 * {@link MotoRuntimeInfo} and ready SDK clients. Declarative with {@link MotoTest}, or
 * programmatic:
 *
 * <pre>{@code
 * @RegisterExtension
 * static MotoExtension moto = MotoExtension.builder().resetBeforeEach(false).build();
 * }</pre>
 */
public final class MotoExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private final int port;
  private final boolean resetBeforeEach;
  private final MotoConfig config;
  private final Map<Class<?>, AutoCloseable> clients = new ConcurrentHashMap<>();
  private MotoServer server;

  /** The extension {@link MotoTest} registers: a free port, reset before each test. */
  public MotoExtension() {
    this(builder());
  }

  private MotoExtension(Builder builder) {
    this.port = builder.port;
    this.resetBeforeEach = builder.resetBeforeEach;
    this.config = builder.config;
  }

  /** A builder for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The running server's details; only valid while the test class runs. */
  public MotoRuntimeInfo runtimeInfo() {
    if (server == null) {
      throw new IllegalStateException("The moto4j server is not running yet");
    }
    return new MotoRuntimeInfo(server);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (server == null) {
      server =
          MotoServer.builder()
              .port(port)
              .moto(Moto.builder().config(config).build())
              .build()
              .start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    for (AutoCloseable client : clients.values()) {
      client.close();
    }
    clients.clear();
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (resetBeforeEach && server != null) {
      server.moto().reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MotoRuntimeInfo.class || SdkClients.supports(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == MotoRuntimeInfo.class) {
      return runtimeInfo();
    }
    if (server == null) {
      throw new ParameterResolutionException("The moto4j server is not running yet");
    }
    // One client per type per test class, closed with the server.
    return clients.computeIfAbsent(
        type,
        t ->
            SdkClients.create(t, server.endpoint())
                .orElseThrow(
                    () ->
                        new ParameterResolutionException("moto4j cannot build a " + t.getName())));
  }

  /** Configures a {@link MotoExtension}. */
  public static final class Builder {
    private int port;
    private boolean resetBeforeEach = true;
    private MotoConfig config = new MotoConfig(Map.of());

    private Builder() {}

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Whether every test starts from an empty mock (the default). */
    public Builder resetBeforeEach(boolean resetBeforeEach) {
      this.resetBeforeEach = resetBeforeEach;
      return this;
    }

    /**
     * The configuration requests are resolved with; by default system properties only, not the
     * environment, so a stray {@code MOTO_ACCOUNT_ID} cannot change a test.
     */
    public Builder config(MotoConfig config) {
      this.config = config;
      return this;
    }

    public MotoExtension build() {
      return new MotoExtension(this);
    }
  }
}
