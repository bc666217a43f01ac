package org.moto4j.core.policy;

import java.util.List;

/**
 * The policies that apply to one request. An empty boundary or session list means there is no
 * boundary or session policy (nothing to narrow); a null resource policy means the resource has
 * none.
 *
 * @param identity the principal's identity policies (user inline and attached, its groups'; or the
 *     role's)
 * @param resource the resource's policy (bucket policy, role trust policy…), or null
 * @param permissionsBoundary the principal's permissions boundary, if any
 * @param session the session policies of a role or federated session, if any
 */
public record ApplicablePolicies(
    List<PolicySource> identity,
    PolicySource resource,
    List<PolicySource> permissionsBoundary,
    List<PolicySource> session) {

  public ApplicablePolicies {
    identity = List.copyOf(identity);
    permissionsBoundary = List.copyOf(permissionsBoundary);
    session = List.copyOf(session);
  }

  /** Identity policies only. */
  public static ApplicablePolicies identity(List<PolicySource> identity) {
    return new ApplicablePolicies(identity, null, List.of(), List.of());
  }

  /** The same policies with a resource policy. */
  public ApplicablePolicies withResource(PolicySource resourcePolicy) {
    return new ApplicablePolicies(identity, resourcePolicy, permissionsBoundary, session);
  }

  /** The same policies with a permissions boundary. */
  public ApplicablePolicies withBoundary(PolicySource boundary) {
    return new ApplicablePolicies(identity, resource, List.of(boundary), session);
  }

  /** The same policies with session policies. */
  public ApplicablePolicies withSession(List<PolicySource> sessionPolicies) {
    return new ApplicablePolicies(identity, resource, permissionsBoundary, sessionPolicies);
  }
}
