package org.moto4j.iam.internal.access;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.access.ResourcePolicy;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.spi.ResourcePolicies;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.role.Role;

/**
 * A role's trust policy as the resource policy of the STS actions on the role ({@code
 * sts:AssumeRole}, its web-identity and SAML forms, {@code sts:TagSession}, {@code
 * sts:SetSourceIdentity}…). It must allow even within the role's account, as AWS requires; a role
 * that does not exist trusts no one.
 */
@Singleton
public final class IamTrustPolicies implements ResourcePolicies {

  private final IamBackends backends;
  private final ParsedPolicies parsed = new ParsedPolicies();

  @Inject
  IamTrustPolicies(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public Optional<ResourcePolicy> policiesOf(RequiredPermission permission) {
    if (!permission.action().toLowerCase(Locale.ROOT).startsWith("sts:")) {
      return Optional.empty();
    }
    String[] parts = permission.resource().split(":", 6);
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("iam")
        || !parts[5].startsWith("role/")
        || !AccountId.isValid(parts[4])) {
      return Optional.empty();
    }
    AccountId owner = AccountId.of(parts[4]);
    IamBackend iam = IamAccounts.backend(backends, owner, parts[1]);
    String name = parts[5].substring(parts[5].lastIndexOf('/') + 1);
    Optional<Role> role = iam.roles().find(name);
    if (role.isEmpty()) {
      return Optional.of(new ResourcePolicy(owner, List.of(), true));
    }
    PolicySource trust =
        parsed.source(
            role.get().arn(), "resource", role.get().assumeRolePolicyDocument(), PolicyKind.TRUST);
    return Optional.of(new ResourcePolicy(owner, trust == null ? List.of() : List.of(trust), true));
  }
}
