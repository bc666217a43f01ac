package org.moto4j.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * AWS's policy evaluation logic for one request: an explicit deny anywhere wins; within an account
 * an identity policy or the resource policy must allow, and a permissions boundary and session
 * policies, when present, must allow too (a resource policy naming the caller itself is not
 * narrowed by them); across accounts both the identity side and the resource policy must allow.
 * Pure and thread-safe.
 *
 * <pre>{@code
 * Evaluation result = PolicyEvaluator.evaluate(request, ApplicablePolicies.identity(policies));
 * if (!result.allowed()) { ... }
 * }</pre>
 */
public final class PolicyEvaluator {

  private PolicyEvaluator() {}

  /** Evaluates {@code request} against {@code policies}. */
  public static Evaluation evaluate(AuthorizationRequest request, ApplicablePolicies policies) {
    Set<String> missing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    PolicySetDecision identity = decide(policies.identity(), request, false, missing);
    PolicySetDecision resource =
        policies.resources().isEmpty()
            ? null
            : decide(policies.resources(), request, true, missing);
    PolicySetDecision boundary =
        policies.permissionsBoundary().isEmpty()
            ? null
            : decide(policies.permissionsBoundary(), request, false, missing);
    PolicySetDecision session =
        policies.session().isEmpty() ? null : decide(policies.session(), request, false, missing);

    List<PolicySetDecision> sets = new ArrayList<>();
    for (PolicySetDecision set : new PolicySetDecision[] {identity, resource, boundary, session}) {
      if (set != null) {
        sets.add(set);
      }
    }
    List<MatchedStatement> denies = new ArrayList<>();
    sets.forEach(set -> denies.addAll(set.denies()));
    Decision decision;
    List<MatchedStatement> matched = new ArrayList<>();
    if (!denies.isEmpty()) {
      decision = Decision.EXPLICIT_DENY;
      matched.addAll(denies);
    } else if (allowed(request, identity, resource, boundary, session)
        && (!policies.resourceRequired() || (resource != null && resource.isAllowed()))) {
      decision = Decision.ALLOWED;
      matched.addAll(identity.allows());
      if (resource != null) {
        matched.addAll(resource.allows());
      }
    } else {
      decision = Decision.IMPLICIT_DENY;
    }
    return new Evaluation(
        decision, matched, new TreeSet<>(missing), identity, resource, boundary, session);
  }

  private static boolean allowed(
      AuthorizationRequest request,
      PolicySetDecision identity,
      PolicySetDecision resource,
      PolicySetDecision boundary,
      PolicySetDecision session) {
    boolean narrowingAllows =
        (boundary == null || boundary.isAllowed()) && (session == null || session.isAllowed());
    boolean identityAllows = identity.isAllowed() && narrowingAllows;
    boolean resourceAllows = resource != null && resource.isAllowed();
    if (request.crossAccount()) {
      return identityAllows && resourceAllows;
    }
    if (!resourceAllows) {
      return identityAllows;
    }
    return switch (resource.principalMatch()) {
      case DIRECT -> true;
      case ROLE -> narrowingAllows;
      default -> identityAllows;
    };
  }

  /** Decides one set of policies; {@code principals} for resource policies, which name them. */
  static PolicySetDecision decide(
      List<PolicySource> policies,
      AuthorizationRequest request,
      boolean principals,
      Set<String> missing) {
    List<MatchedStatement> allows = new ArrayList<>();
    List<MatchedStatement> denies = new ArrayList<>();
    PrincipalMatch strongest = PrincipalMatch.NONE;
    for (PolicySource policy : policies) {
      for (Statement statement : policy.document().statements()) {
        Optional<PrincipalMatch> match =
            StatementMatcher.match(statement, policy.document(), request, principals, missing);
        if (match.isEmpty()) {
          continue;
        }
        MatchedStatement matched = new MatchedStatement(policy, statement);
        if (statement.effect() == Effect.DENY) {
          denies.add(matched);
        } else {
          allows.add(matched);
          strongest = strongest.or(match.get());
        }
      }
    }
    Decision decision =
        !denies.isEmpty()
            ? Decision.EXPLICIT_DENY
            : allows.isEmpty() ? Decision.IMPLICIT_DENY : Decision.ALLOWED;
    return new PolicySetDecision(decision, allows, denies, strongest);
  }
}
