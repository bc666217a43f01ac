package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.moto4j.core.policy.ApplicablePolicies;
import org.moto4j.core.policy.AuthorizationRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.policy.Decision;
import org.moto4j.core.policy.Evaluation;
import org.moto4j.core.policy.MatchedStatement;
import org.moto4j.core.policy.PolicyEvaluator;
import org.moto4j.core.policy.PolicySetDecision;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.RequestPrincipal;

/**
 * A policy simulation: every action against every resource, decided by core's evaluator, folded
 * into one result per action as IAM reports it (the most restrictive decision across resources).
 *
 * @param resources the named resources, or empty for {@code *}
 * @param resourceOwner the account owning the resources
 */
record Simulation(
    RequestPrincipal caller,
    ApplicablePolicies policies,
    List<String> actions,
    List<String> resources,
    String resourceOwner,
    Map<String, ContextValue> context) {

  /** The keys of {@code EvalDecisionDetails}: which kind of policy decided what. */
  static final String IDENTITY_DETAIL = "IAM Policy";

  static final String RESOURCE_DETAIL = "Resource Policy";

  static final String BOUNDARY_DETAIL = "Permissions Boundary Policy";

  List<ActionResult> run() {
    List<ActionResult> results = new ArrayList<>();
    for (String action : actions) {
      results.add(simulate(action));
    }
    return results;
  }

  private ActionResult simulate(String action) {
    boolean star = resources.isEmpty();
    List<String> targets = star ? List.of("*") : resources;
    Decision decision = Decision.ALLOWED;
    LinkedHashSet<MatchedStatement> matched = new LinkedHashSet<>();
    SortedSet<String> missing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Map<String, Decision> details = star && !crossAccount() ? null : new LinkedHashMap<>();
    Boolean allowedByBoundary = null;
    List<ActionResult.ResourceResult> perResource = new ArrayList<>();
    for (String resource : targets) {
      AuthorizationRequest request =
          AuthorizationRequest.builder(caller)
              .action(action)
              .resource(resource)
              .resourceAccount(resourceOwner)
              .context(context)
              .build();
      Evaluation evaluation = PolicyEvaluator.evaluate(request, policies);
      decision = moreRestrictive(decision, evaluation.decision());
      matched.addAll(evaluation.matchedStatements());
      missing.addAll(evaluation.missingContextKeys());
      Map<String, Decision> resourceDetails = details(evaluation);
      if (details != null && resourceDetails != null) {
        resourceDetails.forEach((k, v) -> details.merge(k, v, Simulation::moreRestrictive));
      }
      Boolean boundary = boundaryAllows(evaluation);
      if (boundary != null) {
        allowedByBoundary = allowedByBoundary == null ? boundary : allowedByBoundary && boundary;
      }
      if (!star) {
        perResource.add(
            new ActionResult.ResourceResult(
                resource,
                evaluation.decision(),
                evaluation.matchedStatements(),
                evaluation.missingContextKeys(),
                resourceDetails,
                boundary));
      }
    }
    return new ActionResult(
        action, decision, List.copyOf(matched), missing, details, allowedByBoundary, perResource);
  }

  private boolean crossAccount() {
    return resourceOwner != null
        && caller.accountId() != null
        && !resourceOwner.equals(caller.accountId());
  }

  /** Each kind of policy's decision, for a cross-account simulation; empty within an account. */
  private Map<String, Decision> details(Evaluation evaluation) {
    Map<String, Decision> details = new LinkedHashMap<>();
    if (!crossAccount()) {
      return details;
    }
    details.put(IDENTITY_DETAIL, evaluation.identity().decision());
    if (evaluation.resource() != null) {
      details.put(RESOURCE_DETAIL, evaluation.resource().decision());
    }
    if (evaluation.permissionsBoundary() != null) {
      details.put(BOUNDARY_DETAIL, evaluation.permissionsBoundary().decision());
    }
    return details;
  }

  private static Boolean boundaryAllows(Evaluation evaluation) {
    PolicySetDecision boundary = evaluation.permissionsBoundary();
    return boundary == null ? null : boundary.isAllowed();
  }

  static Decision moreRestrictive(Decision a, Decision b) {
    if (a == Decision.EXPLICIT_DENY || b == Decision.EXPLICIT_DENY) {
      return Decision.EXPLICIT_DENY;
    }
    if (a == Decision.IMPLICIT_DENY || b == Decision.IMPLICIT_DENY) {
      return Decision.IMPLICIT_DENY;
    }
    return Decision.ALLOWED;
  }

  /** The identity-side policies with an optional boundary and resource policy. */
  static ApplicablePolicies policies(
      List<PolicySource> identity, List<PolicySource> boundary, PolicySource resourcePolicy) {
    return new ApplicablePolicies(identity, resourcePolicy, boundary, List.of());
  }
}
