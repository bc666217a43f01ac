package org.moto4j.iam.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.backend.BackendRegistry;
import org.moto4j.iam.internal.account.AccountAliases;

/**
 * IAM's view of core's {@link BackendRegistry}: one {@link IamBackend} per account and partition,
 * since IAM is a global service.
 */
@Singleton
public final class IamBackends {

  private final BackendRegistry.Backends<IamBackend> backends;
  private final AccountAliases aliases;

  @Inject
  public IamBackends(
      BackendRegistry registry,
      CredentialRegistry credentials,
      Clock clock,
      AccountAliases aliases) {
    this.aliases = aliases;
    this.backends =
        registry.register(
            "iam",
            IamBackend.class,
            key -> new IamBackend(key.account(), key.scope(), credentials, clock));
  }

  /** The backend of the request's account, in the partition of its region. */
  public IamBackend of(AccountContext context) {
    return backends.get(context.account(), context.partition());
  }

  /** The account aliases of every account: one namespace, as aliases are globally unique. */
  public AccountAliases aliases() {
    return aliases;
  }
}
