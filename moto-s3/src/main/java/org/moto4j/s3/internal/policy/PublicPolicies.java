package org.moto4j.s3.internal.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moto4j.core.policy.Condition;
import org.moto4j.core.policy.ConditionOperator;
import org.moto4j.core.policy.Effect;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.Principals;
import org.moto4j.core.policy.Statement;

/**
 * AWS's definition of a public bucket policy (S3 user guide, "The meaning of public"): a policy is
 * public unless each Allow statement names fixed principals (no wildcard) or is restricted by a
 * condition with fixed values on one of the keys that pin the caller or the source.
 */
public final class PublicPolicies {

  /** The condition keys whose fixed values make a statement non-public, lower case. */
  private static final Set<String> PINNING_KEYS =
      Set.of(
          "aws:sourceip",
          "aws:sourcearn",
          "aws:sourcevpc",
          "aws:sourcevpce",
          "aws:sourceaccount",
          "aws:sourceowner",
          "aws:sourceorgid",
          "aws:sourceorgpaths",
          "aws:principalorgid",
          "aws:principalorgpaths",
          "aws:principalaccount",
          "aws:principalarn",
          "aws:userid",
          "s3:dataaccesspointarn",
          "s3:dataaccesspointaccount");

  private PublicPolicies() {}

  /** Whether AWS counts the policy public. */
  public static boolean isPublic(PolicyDocument document) {
    return document.statements().stream().anyMatch(PublicPolicies::isPublic);
  }

  /** Whether one statement makes its policy public. */
  public static boolean isPublic(Statement statement) {
    if (statement.effect() != Effect.ALLOW) {
      return false;
    }
    boolean anyPrincipal = statement.notPrincipal().present() || isWildcard(statement.principal());
    return anyPrincipal && !pinnedByCondition(statement.conditions());
  }

  private static boolean isWildcard(Principals principals) {
    if (principals.anyone()) {
      return true;
    }
    for (List<String> values : principals.byType().values()) {
      if (values.contains("*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean pinnedByCondition(List<Condition> conditions) {
    for (Condition condition : conditions) {
      ConditionOperator operator = condition.operator();
      if (operator != null
          && !operator.base().negated()
          && operator.base() != ConditionOperator.BaseOperator.Null
          && PINNING_KEYS.contains(condition.key().toLowerCase(Locale.ROOT))
          && !condition.values().isEmpty()
          && condition.values().stream().allMatch(PublicPolicies::isFixed)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFixed(String value) {
    return !value.contains("*")
        && !value.contains("?")
        && !value.equals("0.0.0.0/0")
        && !value.equals("::/0");
  }
}
