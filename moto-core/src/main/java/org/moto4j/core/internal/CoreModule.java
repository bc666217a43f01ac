package org.moto4j.core.internal;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.access.IssuedSessions;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.backend.BackendRegistry;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.core.spi.IdentityPolicies;
import org.moto4j.core.spi.OperationNames;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.ResourceInventory;
import org.moto4j.core.spi.ResourcePolicies;

/**
 * Binds what every service shares: configuration, clock, credentials, backends, and the sets
 * services contribute to the control plane and the request log.
 */
public final class CoreModule extends AbstractModule {

  private final MotoConfig config;
  private final Clock clock;

  public CoreModule(MotoConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Override
  protected void configure() {
    bind(MotoConfig.class).toInstance(config);
    bind(Clock.class).toInstance(clock);
    Multibinder<ResetListener> resets = Multibinder.newSetBinder(binder(), ResetListener.class);
    resets.addBinding().to(CredentialRegistry.class);
    resets.addBinding().to(BackendRegistry.class);
    resets.addBinding().to(ControlPlane.SeenAccounts.class);
    resets.addBinding().to(IssuedSessions.class);
    // Declared here so that they exist, empty, when no service contributes one.
    Multibinder.newSetBinder(binder(), ResourceInventory.class);
    Multibinder.newSetBinder(binder(), OperationNames.class);
    Multibinder.newSetBinder(binder(), PermissionMapping.class);
    Multibinder.newSetBinder(binder(), IdentityPolicies.class);
    Multibinder.newSetBinder(binder(), ResourcePolicies.class);
  }
}
