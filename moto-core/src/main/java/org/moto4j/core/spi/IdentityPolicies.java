package org.moto4j.core.spi;

import java.util.Optional;
import org.moto4j.core.access.PrincipalPolicies;
import org.moto4j.core.auth.IssuedCredential;

/**
 * Where access control finds the identity policies of a caller: implemented by IAM, which holds
 * users, groups, roles and their policies.
 */
public interface IdentityPolicies {

  /**
   * The policies of the user or role behind {@code credential}; empty when that principal no longer
   * exists. Not asked for root credentials, which need no identity policy in their account.
   */
  Optional<PrincipalPolicies> policiesOf(IssuedCredential credential);
}
