package org.moto4j.core.policy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Whether one statement applies to a request: action, resource, principal and conditions. */
final class StatementMatcher {

  private StatementMatcher() {}

  /**
   * How the statement applies, or empty when it does not. Identity policies name no principal, so
   * their statements apply as {@link PrincipalMatch#DIRECT}.
   */
  static Optional<PrincipalMatch> match(
      Statement statement,
      PolicyDocument document,
      AuthorizationRequest request,
      boolean principals,
      Set<String> missing) {
    if (!actionMatches(statement.actions(), request.action())) {
      return Optional.empty();
    }
    boolean variables = document.supportsVariables();
    // keys read only by a statement that does not apply are not "missing"
    Set<String> wanted = new HashSet<>();
    if (!resourceMatches(statement.resources(), request, variables, wanted)) {
      return Optional.empty();
    }
    PrincipalMatch match = PrincipalMatch.DIRECT;
    if (principals) {
      match = principalMatch(statement, request.principal());
      if (match == PrincipalMatch.NONE) {
        return Optional.empty();
      }
    }
    boolean conditionsHold = true;
    for (Condition condition : statement.conditions()) {
      if (!ConditionEvaluator.holds(condition, variables, request, wanted)) {
        conditionsHold = false;
      }
    }
    missing.addAll(wanted);
    return conditionsHold ? Optional.of(match) : Optional.empty();
  }

  static boolean actionMatches(ElementValues actions, String action) {
    boolean any = false;
    for (String pattern : actions.values()) {
      if (Glob.of(pattern).matches(action, true)) {
        any = true;
        break;
      }
    }
    return actions.negated() != any;
  }

  private static boolean resourceMatches(
      ElementValues resources,
      AuthorizationRequest request,
      boolean variables,
      Set<String> wanted) {
    if (!resources.present()) {
      return true;
    }
    boolean any = false;
    for (String pattern : resources.values()) {
      if (ArnPattern.matches(pattern, request.resource(), variables, request, wanted)) {
        any = true;
        break;
      }
    }
    return resources.negated() != any;
  }

  private static PrincipalMatch principalMatch(Statement statement, RequestPrincipal caller) {
    if (statement.principal().present()) {
      return PrincipalMatch.of(statement.principal(), caller);
    }
    if (statement.notPrincipal().present()) {
      return PrincipalMatch.of(statement.notPrincipal(), caller) == PrincipalMatch.NONE
          ? PrincipalMatch.DIRECT
          : PrincipalMatch.NONE;
    }
    return PrincipalMatch.NONE;
  }
}
