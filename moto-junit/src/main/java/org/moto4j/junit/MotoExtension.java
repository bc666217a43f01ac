package org.moto4j.junit;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * Starts an embedded moto4j server for a test class (or the whole run), keeps tests apart as asked,
 * and hands tests a {@link MotoRuntime} and ready SDK clients. Declarative with {@link MotoTest},
 * or programmatic:
 *
 * <pre>{@code
 * @RegisterExtension
 * static MotoExtension moto =
 *     MotoExtension.builder().isolation(Isolation.ACCOUNT_PER_TEST).scope(ServerScope.JVM).build();
 * }</pre>
 *
 * <p>Safe for concurrent tests: per-test state lives in JUnit's per-test store.
 */
public final class MotoExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MotoExtension.class);

  /** The endpoint clients are given in in-process mode: never resolved, never connected to. */
  static final URI IN_PROCESS_ENDPOINT = URI.create("http://moto4j-in-process");

  private final Settings configured;
  private volatile MotoRuntime classRuntime;

  /** What an extension was asked for. */
  private record Settings(
      int port, Isolation isolation, ServerScope scope, boolean inProcess, MotoConfig config) {}

  /** The extension {@link MotoTest} registers; it reads the annotation's attributes. */
  public MotoExtension() {
    this.configured = null;
  }

  private MotoExtension(Builder builder) {
    this.configured =
        new Settings(
            builder.port, builder.isolation, builder.scope, builder.inProcess, builder.config);
  }

  /** A builder for {@code @RegisterExtension}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The class-level runtime (moto's default account), for code outside parameter injection; only
   * valid while the test class runs.
   */
  public MotoRuntime runtime() {
    MotoRuntime runtime = classRuntime;
    if (runtime == null) {
      throw new IllegalStateException("The moto4j server is not running yet");
    }
    return runtime;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings settings = settings(context);
    Running running = running(context, settings);
    // A @Nested class finds its outer class's runtime in the parent store and shares it.
    MotoRuntime runtime =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                "runtime",
                key ->
                    new MotoRuntime(
                        running.server(),
                        running.moto(),
                        running.target(),
                        AccountId.DEFAULT.value(),
                        settings.isolation()),
                MotoRuntime.class);
    classRuntime = runtime;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    MotoRuntime runtime = classRuntime(context);
    Settings settings = settings(context);
    switch (settings.isolation()) {
      case RESET_BEFORE_EACH -> runtime.resetAll();
      case ACCOUNT_PER_TEST ->
          // Closed (with its clients) by JUnit when the test's store goes, after the test.
          context.getStore(NAMESPACE).put("test-runtime", runtime.forAccount(runtime.newAccount()));
      case NONE -> {}
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MotoRuntime.class || SdkClients.supports(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    MotoRuntime runtime = currentRuntime(context);
    if (type == MotoRuntime.class) {
      return runtime;
    }
    return runtime.client(type);
  }

  /** The test's own runtime when it has one, else the class's. */
  private static MotoRuntime currentRuntime(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      MotoRuntime own = context.getStore(NAMESPACE).get("test-runtime", MotoRuntime.class);
      if (own != null) {
        return own;
      }
    }
    return classRuntime(context);
  }

  private static MotoRuntime classRuntime(ExtensionContext context) {
    MotoRuntime runtime = context.getStore(NAMESPACE).get("runtime", MotoRuntime.class);
    if (runtime == null) {
      throw new ParameterResolutionException(
          "The moto4j server is not running: register MotoExtension as a static field or use"
              + " @MotoTest");
    }
    return runtime;
  }

  private Settings settings(ExtensionContext context) {
    if (configured != null) {
      return configured;
    }
    Optional<MotoTest> annotation = findAnnotation(context);
    return annotation
        .map(a -> new Settings(0, a.isolation(), a.scope(), a.inProcess(), defaultConfig()))
        .orElseGet(() -> new Builder().settings());
  }

  private static Optional<MotoTest> findAnnotation(ExtensionContext context) {
    for (Optional<ExtensionContext> current = Optional.of(context);
        current.isPresent();
        current = current.get().getParent()) {
      Optional<Class<?>> testClass = current.get().getTestClass();
      if (testClass.isPresent()) {
        Optional<MotoTest> found =
            AnnotationSupport.findAnnotation(testClass.get(), MotoTest.class);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The server (or in-process moto) for this class, started on first use. */
  private static Running running(ExtensionContext context, Settings settings) {
    ExtensionContext.Store store =
        settings.scope() == ServerScope.JVM
            ? context.getRoot().getStore(NAMESPACE)
            : context.getStore(NAMESPACE);
    String key = (settings.inProcess() ? "in-process-" : "server-") + settings.scope();
    return store.getOrComputeIfAbsent(key, k -> Running.start(settings), Running.class);
  }

  /** A started moto4j, stopped when its JUnit store closes. */
  private record Running(MotoServer server, Moto moto, SdkClients.Target target)
      implements AutoCloseable {

    static Running start(Settings settings) {
      Moto moto = Moto.builder().config(settings.config()).build();
      if (settings.inProcess()) {
        return new Running(null, moto, new SdkClients.Target(IN_PROCESS_ENDPOINT, moto));
      }
      MotoServer server = MotoServer.builder().port(settings.port()).moto(moto).build().start();
      return new Running(server, moto, new SdkClients.Target(server.endpoint(), null));
    }

    @Override
    public void close() {
      if (server != null) {
        server.close();
      }
    }
  }

  /**
   * System properties only, not the environment, so a stray {@code MOTO_ACCOUNT_ID} cannot change a
   * test.
   */
  private static MotoConfig defaultConfig() {
    return new MotoConfig(Map.of());
  }

  /** Configures a {@link MotoExtension}. */
  public static final class Builder {
    private int port;
    private Isolation isolation = Isolation.RESET_BEFORE_EACH;
    private ServerScope scope = ServerScope.CLASS;
    private boolean inProcess;
    private MotoConfig config = defaultConfig();

    private Builder() {}

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** How tests are kept apart; {@link Isolation#RESET_BEFORE_EACH} by default. */
    public Builder isolation(Isolation isolation) {
      this.isolation = isolation;
      return this;
    }

    /**
     * Whether every test starts from an empty mock (the default); {@code false} keeps state from
     * one test to the next ({@link Isolation#NONE}).
     */
    public Builder resetBeforeEach(boolean resetBeforeEach) {
      this.isolation = resetBeforeEach ? Isolation.RESET_BEFORE_EACH : Isolation.NONE;
      return this;
    }

    /** One server per class (the default) or for the whole run. */
    public Builder scope(ServerScope scope) {
      this.scope = scope;
      return this;
    }

    /** Hands requests to moto4j in process, with no server (needs moto-inprocess). */
    public Builder inProcess(boolean inProcess) {
      this.inProcess = inProcess;
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

    private Settings settings() {
      return new Settings(port, isolation, scope, inProcess, config);
    }
  }
}
