package org.moto4j.core.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.moto4j.core.policy.ConditionOperator.BaseOperator;

/**
 * Decides one condition against a request, as AWS documents it: a key absent from the request fails
 * a positive operator and satisfies a negated one, except with {@code IfExists} (satisfied) and
 * {@code Null}; several condition values are ORed (NORed for a negated operator); {@code
 * ForAllValues} needs every request value to match (and holds on an absent key), {@code
 * ForAnyValue} needs one.
 */
final class ConditionEvaluator {

  private ConditionEvaluator() {}

  static boolean holds(
      Condition condition, boolean variables, AuthorizationRequest request, Set<String> missing) {
    ConditionOperator operator = condition.operator();
    ContextValue context = request.contextValue(condition.key());
    boolean absent = context == null || context.values().isEmpty();
    if (operator.base() == BaseOperator.Null) {
      for (String expected : condition.values()) {
        if (Boolean.parseBoolean(expected.strip()) == absent) {
          return true;
        }
      }
      return false;
    }
    if (absent) {
      if (operator.ifExists()) {
        return true;
      }
      if (context == null) {
        missing.add(condition.key());
      }
      return switch (operator.qualifier()) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> false;
        case NONE -> operator.base().negated();
      };
    }
    BaseOperator base = operator.base();
    BiPredicate<String, String> positive =
        positiveMatch(positiveOf(base), variables, request, missing);
    List<String> expected = condition.values();
    List<String> actual = context.values();
    boolean negated = base.negated();
    switch (operator.qualifier()) {
      case FOR_ALL_VALUES:
        return actual.stream().allMatch(value -> satisfies(value, expected, positive, negated));
      case FOR_ANY_VALUE:
        return actual.stream().anyMatch(value -> satisfies(value, expected, positive, negated));
      default:
        return negated
            ? actual.stream().allMatch(value -> satisfies(value, expected, positive, true))
            : actual.stream().anyMatch(value -> satisfies(value, expected, positive, false));
    }
  }

  /** Whether one request value satisfies the operator: some condition value matches (or none). */
  private static boolean satisfies(
      String actual, List<String> expected, BiPredicate<String, String> positive, boolean negated) {
    boolean any = expected.stream().anyMatch(value -> positive.test(actual, value));
    return negated != any;
  }

  private static BaseOperator positiveOf(BaseOperator base) {
    return switch (base) {
      case StringNotEquals -> BaseOperator.StringEquals;
      case StringNotEqualsIgnoreCase -> BaseOperator.StringEqualsIgnoreCase;
      case StringNotLike -> BaseOperator.StringLike;
      case NumericNotEquals -> BaseOperator.NumericEquals;
      case DateNotEquals -> BaseOperator.DateEquals;
      case NotIpAddress -> BaseOperator.IpAddress;
      case ArnNotEquals -> BaseOperator.ArnEquals;
      case ArnNotLike -> BaseOperator.ArnLike;
      default -> base;
    };
  }

  /** (request value, condition value) → whether they match under a positive operator. */
  private static BiPredicate<String, String> positiveMatch(
      BaseOperator base, boolean variables, AuthorizationRequest request, Set<String> missing) {
    return switch (base) {
      case StringEquals -> (a, e) -> string(e, false, variables, request, missing, a, false);
      case StringEqualsIgnoreCase ->
          (a, e) -> string(e, false, variables, request, missing, a, true);
      case StringLike -> (a, e) -> string(e, true, variables, request, missing, a, false);
      case NumericEquals -> (a, e) -> compareNumbers(a, e, c -> c == 0);
      case NumericLessThan -> (a, e) -> compareNumbers(a, e, c -> c < 0);
      case NumericLessThanEquals -> (a, e) -> compareNumbers(a, e, c -> c <= 0);
      case NumericGreaterThan -> (a, e) -> compareNumbers(a, e, c -> c > 0);
      case NumericGreaterThanEquals -> (a, e) -> compareNumbers(a, e, c -> c >= 0);
      case DateEquals -> (a, e) -> compareDates(a, e, c -> c == 0);
      case DateLessThan -> (a, e) -> compareDates(a, e, c -> c < 0);
      case DateLessThanEquals -> (a, e) -> compareDates(a, e, c -> c <= 0);
      case DateGreaterThan -> (a, e) -> compareDates(a, e, c -> c > 0);
      case DateGreaterThanEquals -> (a, e) -> compareDates(a, e, c -> c >= 0);
      case Bool -> (a, e) -> a.strip().equalsIgnoreCase(e.strip());
      case BinaryEquals -> String::equals;
      case IpAddress -> (a, e) -> IpRange.parse(e).map(range -> range.contains(a)).orElse(false);
      case ArnEquals, ArnLike -> (a, e) -> ArnPattern.matches(e, a, variables, request, missing);
      default -> throw new IllegalArgumentException("not a positive operator: " + base);
    };
  }

  private static boolean string(
      String expected,
      boolean wildcards,
      boolean variables,
      AuthorizationRequest request,
      Set<String> missing,
      String actual,
      boolean ignoreCase) {
    Optional<Glob> glob = PolicyVariables.pattern(expected, wildcards, variables, request, missing);
    return glob.isPresent() && glob.get().matches(actual, ignoreCase);
  }

  private interface Comparison {
    boolean holds(int comparison);
  }

  private static boolean compareNumbers(String actual, String expected, Comparison comparison) {
    Optional<BigDecimal> a = ConditionValues.number(actual);
    Optional<BigDecimal> e = ConditionValues.number(expected);
    return a.isPresent() && e.isPresent() && comparison.holds(a.get().compareTo(e.get()));
  }

  private static boolean compareDates(String actual, String expected, Comparison comparison) {
    Optional<Instant> a = ConditionValues.date(actual);
    Optional<Instant> e = ConditionValues.date(expected);
    return a.isPresent() && e.isPresent() && comparison.holds(a.get().compareTo(e.get()));
  }
}
