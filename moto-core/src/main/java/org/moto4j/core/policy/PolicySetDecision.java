package org.moto4j.core.policy;

import java.util.List;

/**
 * The decision of one set of policies (identity, resource, boundary or session): explicit deny if a
 * Deny statement applies, allowed if an Allow does, else implicit deny; with the statements that
 * applied and, for a resource policy, how its allowing statements named the caller.
 */
public record PolicySetDecision(
    Decision decision,
    List<MatchedStatement> allows,
    List<MatchedStatement> denies,
    PrincipalMatch principalMatch) {

  public PolicySetDecision {
    allows = List.copyOf(allows);
    denies = List.copyOf(denies);
  }

  /** Whether the set allows (and nothing in it denies). */
  public boolean isAllowed() {
    return decision == Decision.ALLOWED;
  }
}
