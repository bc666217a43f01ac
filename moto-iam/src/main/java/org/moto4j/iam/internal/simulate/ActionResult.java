package org.moto4j.iam.internal.simulate;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.moto4j.core.policy.Decision;
import org.moto4j.core.policy.MatchedStatement;

/**
 * One {@code EvaluationResult}: an action's decision over every simulated resource (the most
 * restrictive one), with the per-resource results when resources were named.
 *
 * @param details {@code EvalDecisionDetails}: null when not returned, empty when returned empty
 * @param allowedByBoundary {@code AllowedByPermissionsBoundary}, or null when no boundary applies
 */
record ActionResult(
    String action,
    Decision decision,
    List<MatchedStatement> matched,
    SortedSet<String> missing,
    Map<String, Decision> details,
    Boolean allowedByBoundary,
    List<ResourceResult> resources) {

  /**
   * One {@code ResourceSpecificResult}.
   *
   * @param details {@code EvalDecisionDetails}, null when not returned
   * @param allowedByBoundary {@code AllowedByPermissionsBoundary}, or null
   */
  record ResourceResult(
      String resource,
      Decision decision,
      List<MatchedStatement> matched,
      SortedSet<String> missing,
      Map<String, Decision> details,
      Boolean allowedByBoundary) {}
}
