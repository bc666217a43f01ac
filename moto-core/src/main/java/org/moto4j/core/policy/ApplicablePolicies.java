package org.moto4j.core.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The policies that apply to one request. An empty boundary or session list means there is no
 * boundary or session policy (nothing to narrow); an empty resource list means the resource has no
 * policy.
 *
 * @param identity the principal's identity policies (user inline and attached, its groups'; or the
 *     role's)
 * @param resources the resource's policies (a bucket policy and its ACL grants, a role trust
 *     policy…), evaluated together as one set
 * @param permissionsBoundary the principal's permissions boundary, if any
 * @param session the session policies of a role or federated session, if any
 * @param resourceRequired whether the resource policy must allow whatever the identity side says,
 *     as a role's trust policy must for {@code sts:AssumeRole} even within its account
 */
public record ApplicablePolicies(
    List<PolicySource> identity,
    List<PolicySource> resources,
    List<PolicySource> permissionsBoundary,
    List<PolicySource> session,
    boolean resourceRequired) {

  public ApplicablePolicies {
    identity = List.copyOf(identity);
    resources = List.copyOf(resources);
    permissionsBoundary = List.copyOf(permissionsBoundary);
    session = List.copyOf(session);
  }

  /** Policies with at most one resource policy (null for none), which need not allow. */
  public ApplicablePolicies(
      List<PolicySource> identity,
      PolicySource resource,
      List<PolicySource> permissionsBoundary,
      List<PolicySource> session) {
    this(
        identity,
        resource == null ? List.of() : List.of(resource),
        permissionsBoundary,
        session,
        false);
  }

  /** Identity policies only. */
  public static ApplicablePolicies identity(List<PolicySource> identity) {
    return new ApplicablePolicies(identity, List.of(), List.of(), List.of(), false);
  }

  /** The first resource policy, or null when there is none. */
  public PolicySource resource() {
    return resources.isEmpty() ? null : resources.get(0);
  }

  /** The same policies with one more resource policy. */
  public ApplicablePolicies withResource(PolicySource resourcePolicy) {
    List<PolicySource> all = new ArrayList<>(resources);
    all.add(resourcePolicy);
    return withResources(all);
  }

  /** The same policies with these resource policies instead. */
  public ApplicablePolicies withResources(List<PolicySource> resourcePolicies) {
    return new ApplicablePolicies(
        identity, resourcePolicies, permissionsBoundary, session, resourceRequired);
  }

  /** The same policies, with the resource policy required to allow (a role's trust policy). */
  public ApplicablePolicies requiringResource() {
    return new ApplicablePolicies(identity, resources, permissionsBoundary, session, true);
  }

  /** The same policies with a permissions boundary. */
  public ApplicablePolicies withBoundary(PolicySource boundary) {
    return new ApplicablePolicies(
        identity, resources, List.of(boundary), session, resourceRequired);
  }

  /** The same policies with session policies. */
  public ApplicablePolicies withSession(List<PolicySource> sessionPolicies) {
    return new ApplicablePolicies(
        identity, resources, permissionsBoundary, sessionPolicies, resourceRequired);
  }
}
