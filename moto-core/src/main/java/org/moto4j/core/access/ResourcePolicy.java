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
 * @param required whether they must allow whatever identity policies say, as a role's trust policy
 *     must for {@code sts:AssumeRole}, even within the role's account
 */
public record ResourcePolicy(AccountId owner, List<PolicySource> policies, boolean required) {

  public ResourcePolicy {
    Objects.requireNonNull(owner, "owner");
    policies = List.copyOf(policies);
  }

  /** Policies that allow on their own within the account and need not allow (a bucket policy). */
  public ResourcePolicy(AccountId owner, List<PolicySource> policies) {
    this(owner, policies, false);
  }
}
