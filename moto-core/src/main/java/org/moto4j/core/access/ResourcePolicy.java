package org.moto4j.core.access;

import java.util.List;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.core.policy.PolicySource;

/**
 * The resource side of a request: who owns the resource and the resource-based policies that speak
 * for it (a bucket policy and the grants of its ACLs, a role's trust policy).
 *
 * @param owner the account owning the resource
 * @param policies the resource-based policies, empty when it has none
 */
public record ResourcePolicy(AccountId owner, List<PolicySource> policies) {

  public ResourcePolicy {
    Objects.requireNonNull(owner, "owner");
    policies = List.copyOf(policies);
  }
}
