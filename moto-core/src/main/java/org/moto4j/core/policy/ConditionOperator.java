package org.moto4j.core.policy;

import java.util.Optional;

/**
 * A condition operator as written ({@code ForAnyValue:StringLikeIfExists}) split into its set
 * qualifier, base operator and {@code IfExists} suffix.
 */
public record ConditionOperator(
    String name, SetQualifier qualifier, BaseOperator base, boolean ifExists) {

  /** How a multi-valued key is compared with the condition's values. */
  public enum SetQualifier {
    /** A single-valued comparison. */
    NONE,
    /** {@code ForAllValues:} every request value matches some condition value. */
    FOR_ALL_VALUES,
    /** {@code ForAnyValue:} at least one request value matches some condition value. */
    FOR_ANY_VALUE
  }

  /** The operators of IAM's policy language. */
  public enum BaseOperator {
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    NumericEquals,
    NumericNotEquals,
    NumericLessThan,
    NumericLessThanEquals,
    NumericGreaterThan,
    NumericGreaterThanEquals,
    DateEquals,
    DateNotEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Bool,
    BinaryEquals,
    IpAddress,
    NotIpAddress,
    ArnEquals,
    ArnLike,
    ArnNotEquals,
    ArnNotLike,
    Null;

    /** Whether the operator is a negation whose result holds when no value matches. */
    public boolean negated() {
      return switch (this) {
        case StringNotEquals,
            StringNotEqualsIgnoreCase,
            StringNotLike,
            NumericNotEquals,
            DateNotEquals,
            NotIpAddress,
            ArnNotEquals,
            ArnNotLike ->
            true;
        default -> false;
      };
    }

    /** Whether the operator compares dates, whose values IAM checks when a policy is written. */
    public boolean isDate() {
      return name().startsWith("Date");
    }

    static Optional<BaseOperator> find(String name) {
      for (BaseOperator op : values()) {
        if (op.name().equals(name)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Parses an operator name; empty when the name is not one of IAM's (after stripping one set
   * qualifier and one {@code IfExists}, as IAM does; names are case-sensitive).
   */
  public static Optional<ConditionOperator> parse(String name) {
    String rest = name;
    SetQualifier qualifier = SetQualifier.NONE;
    if (rest.startsWith("ForAnyValue:")) {
      qualifier = SetQualifier.FOR_ANY_VALUE;
      rest = rest.substring("ForAnyValue:".length());
    } else if (rest.startsWith("ForAllValues:")) {
      qualifier = SetQualifier.FOR_ALL_VALUES;
      rest = rest.substring("ForAllValues:".length());
    }
    boolean ifExists = false;
    if (rest.endsWith("IfExists")) {
      ifExists = true;
      rest = rest.substring(0, rest.length() - "IfExists".length());
    }
    SetQualifier q = qualifier;
    boolean e = ifExists;
    return BaseOperator.find(rest).map(base -> new ConditionOperator(name, q, base, e));
  }

  @Override
  public String toString() {
    return name;
  }
}
