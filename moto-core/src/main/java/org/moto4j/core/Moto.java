package org.moto4j.core;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.moto4j.core.access.AccessControl;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.internal.ControlPlane;
import org.moto4j.core.internal.CoreModule;
import org.moto4j.core.internal.Dispatcher;
import org.moto4j.core.internal.DispatcherFactory;
import org.moto4j.core.spi.MotoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mocked AWS: the services found on the classpath, their state, and the entry point that
 * answers HTTP requests for them, with no server attached. Instances share nothing, so tests may
 * run several side by side.
 *
 * <pre>{@code
 * Moto moto = Moto.builder().build();
 * MotoResponse response = moto.handle(MotoRequest.builder("GET", "/").build());
 * }</pre>
 */
public final class Moto {

  private static final Logger log = LoggerFactory.getLogger(Moto.class);

  private final Injector injector;
  private final Dispatcher dispatcher;
  private final ControlPlane controlPlane;
  private final List<String> serviceNames;
  private final MotoConfig config;

  private Moto(Builder builder) {
    List<MotoService> services = builder.services;
    if (services == null) {
      services = new ArrayList<>();
      ServiceLoader.load(MotoService.class, builder.classLoader).forEach(services::add);
    }
    this.config = builder.config;
    List<Module> modules = new ArrayList<>();
    modules.add(new CoreModule(builder.config, builder.clock));
    services.forEach(service -> modules.add(service.module()));
    modules.addAll(builder.extraModules);
    this.injector = Guice.createInjector(Stage.PRODUCTION, modules);
    this.dispatcher = DispatcherFactory.create(services, injector);
    this.serviceNames = services.stream().map(s -> s.descriptor().name()).toList();
    this.controlPlane =
        new ControlPlane(
            new ControlPlane.Resetter() {
              @Override
              public void resetAll() {
                Moto.this.reset();
              }

              @Override
              public void reset(AccountId account) {
                Moto.this.reset(account);
              }
            },
            serviceNames,
            injector);
    if (builder.enforceAccessControl != null) {
      injector.getInstance(AccessControl.class).enforce(builder.enforceAccessControl);
    }
    log.info("moto4j serving {}", serviceNames);
  }

  /** A builder that discovers services with {@link ServiceLoader}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Answers one request: the control plane under {@code /moto-api}, else an AWS service. */
  public MotoResponse handle(MotoRequest request) {
    if (ControlPlane.handles(request)) {
      return controlPlane.handle(request);
    }
    return dispatcher.handle(request);
  }

  /** Forgets every resource of every account, as {@code POST /moto-api/reset} does. */
  public void reset() {
    resetListeners().forEach(ResetListener::resetAll);
  }

  /** Forgets every resource of one account. */
  public void reset(AccountId account) {
    resetListeners().forEach(listener -> listener.reset(account));
  }

  /** The signing names of the services served, such as {@code [s3, sts]}. */
  public List<String> services() {
    return serviceNames;
  }

  /** The configuration requests are resolved with. */
  public MotoConfig config() {
    return config;
  }

  /**
   * IAM access control: switch enforcement on or off at run time, as {@code POST
   * /moto-api/reset-auth} does.
   */
  public AccessControl accessControl() {
    return injector.getInstance(AccessControl.class);
  }

  /** The injector that wired the services, for extensions and tests. */
  public Injector injector() {
    return injector;
  }

  private Set<ResetListener> resetListeners() {
    return injector.getInstance(Key.get(new TypeLiteral<Set<ResetListener>>() {}));
  }

  /** Configures a {@link Moto}. */
  public static final class Builder {
    private MotoConfig config = new MotoConfig();
    private Clock clock = Clock.systemUTC();
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private List<MotoService> services;
    private final List<Module> extraModules = new ArrayList<>();
    private Boolean enforceAccessControl;

    private Builder() {}

    /**
     * Whether every AWS request is authenticated and authorised as AWS would ({@code true}), or
     * none ({@code false}); by default {@code moto.iam.enforce} and {@code
     * INITIAL_NO_AUTH_ACTION_COUNT} decide, and neither is set: off, as in moto.
     */
    public Builder enforceAccessControl(boolean enforce) {
      this.enforceAccessControl = enforce;
      return this;
    }

    /** Where settings come from; by default system properties and the environment. */
    public Builder config(MotoConfig config) {
      this.config = config;
      return this;
    }

    /** The clock timestamps and expirations are read from. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The class loader services are discovered with. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /** Serves exactly these services instead of discovering them. */
    public Builder services(List<MotoService> services) {
      this.services = List.copyOf(services);
      return this;
    }

    /** Adds a Guice module, such as {@code Modules.override(...)} in tests. */
    public Builder module(Module module) {
      extraModules.add(module);
      return this;
    }

    public Moto build() {
      return new Moto(this);
    }
  }
}
