package org.moto4j.iam.internal;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.moto4j.core.backend.ResetListener;
import org.moto4j.core.spi.IdentityPolicies;
import org.moto4j.core.spi.PermissionMapping;
import org.moto4j.core.spi.ResourceInventory;
import org.moto4j.core.spi.ResourcePolicies;
import org.moto4j.iam.internal.access.IamIdentityPolicies;
import org.moto4j.iam.internal.access.IamPermissions;
import org.moto4j.iam.internal.access.IamTrustPolicies;
import org.moto4j.iam.internal.account.AccountAliases;

/** Wires IAM: its handler and its view of the backend registry. */
public final class IamModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(IamBackends.class);
    bind(IamHandler.class);
    Multibinder.newSetBinder(binder(), ResourceInventory.class).addBinding().to(IamInventory.class);
    // Account aliases span accounts, so they live outside the per-account backends.
    Multibinder.newSetBinder(binder(), ResetListener.class).addBinding().to(AccountAliases.class);
    // Issue 7: the IAM permissions of each request, for access control.
    Multibinder.newSetBinder(binder(), PermissionMapping.class)
        .addBinding()
        .to(IamPermissions.class);
    // Access control (issue 7): the caller's policies, and role trust policies for sts:AssumeRole.
    Multibinder.newSetBinder(binder(), IdentityPolicies.class)
        .addBinding()
        .to(IamIdentityPolicies.class);
    Multibinder.newSetBinder(binder(), ResourcePolicies.class)
        .addBinding()
        .to(IamTrustPolicies.class);
  }
}
