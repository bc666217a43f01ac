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
 * @param principalTags the principal's tags, for {@code aws:PrincipalTag/*} (a role session's
 *     session tags win over its role's tags)
 * @param session the session policies of a temporary credential (the {@code Policy} and {@code
 *     PolicyArns} of AssumeRole or GetFederationToken), empty when it has none
 * @param iamArn the IAM ARN of the user or role, with its path ({@code
 *     arn:aws:iam::111111111111:role/path/name}), or null when not known: role sessions match it in
 *     resource policies and {@code aws:PrincipalArn} names it
 */
public record PrincipalPolicies(
    List<PolicySource> identity,
    List<PolicySource> permissionsBoundary,
    Map<String, String> principalTags,
    List<PolicySource> session,
    String iamArn) {

  public PrincipalPolicies {
    identity = List.copyOf(identity);
    permissionsBoundary = List.copyOf(permissionsBoundary);
    principalTags = Map.copyOf(principalTags);
    session = List.copyOf(session);
  }

  /** A principal without session policies, whose IAM ARN is its credential's. */
  public PrincipalPolicies(
      List<PolicySource> identity,
      List<PolicySource> permissionsBoundary,
      Map<String, String> principalTags) {
    this(identity, permissionsBoundary, principalTags, List.of(), null);
  }

  /** No policies at all: a principal IAM does not hold policies for. */
  public static PrincipalPolicies none() {
    return new PrincipalPolicies(List.of(), List.of(), Map.of());
  }
}
