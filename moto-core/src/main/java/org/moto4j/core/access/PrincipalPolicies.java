package org.moto4j.core.access;

import java.util.List;
import java.util.Map;
import org.moto4j.core.policy.PolicySource;

/**
 * The identity side of a principal, as its IAM account holds it.
 *
 * @param identity the identity policies: a user's inline and attached policies and its groups'; a
 *     role's inline and attached policies
 * @param permissionsBoundary the principal's permissions boundary, empty when it has none
 * @param principalTags the principal's tags, for {@code aws:PrincipalTag/*}
 */
public record PrincipalPolicies(
    List<PolicySource> identity,
    List<PolicySource> permissionsBoundary,
    Map<String, String> principalTags) {

  public PrincipalPolicies {
    identity = List.copyOf(identity);
    permissionsBoundary = List.copyOf(permissionsBoundary);
    principalTags = Map.copyOf(principalTags);
  }
}
