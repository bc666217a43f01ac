package org.moto4j.core.policy;

import java.util.List;
import java.util.SortedSet;

/**
 * The result of evaluating a request: the decision, the statements that decided it, the context
 * keys the policies read but the request lacked, and each policy set's own decision (null for a set
 * that was not given).
 */
public record Evaluation(
    Decision decision,
    List<MatchedStatement> matchedStatements,
    SortedSet<String> missingContextKeys,
    PolicySetDecision identity,
    PolicySetDecision resource,
    PolicySetDecision permissionsBoundary,
    PolicySetDecision session) {

  public Evaluation {
    matchedStatements = List.copyOf(matchedStatements);
    missingContextKeys = java.util.Collections.unmodifiableSortedSet(missingContextKeys);
  }

  /** Whether the request is allowed. */
  public boolean allowed() {
    return decision == Decision.ALLOWED;
  }
}
