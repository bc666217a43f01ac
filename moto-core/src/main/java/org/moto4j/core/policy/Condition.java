package org.moto4j.core.policy;

import java.util.List;

/**
 * One condition of a statement: an operator, a key and its values (a single value read as a list of
 * one; numbers and booleans as written).
 */
public record Condition(ConditionOperator operator, String key, List<String> values) {

  public Condition {
    values = List.copyOf(values);
  }
}
