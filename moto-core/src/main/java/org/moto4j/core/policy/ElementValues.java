package org.moto4j.core.policy;

import java.util.List;

/**
 * The values of a statement's Action/NotAction or Resource/NotResource: which of the two was
 * written ({@code negated} for the Not form) and its values, a single string read as a list of one.
 */
public record ElementValues(boolean present, boolean negated, List<String> values) {

  /** Neither element was written (a trust policy has no resources). */
  public static final ElementValues ABSENT = new ElementValues(false, false, List.of());

  public ElementValues {
    values = List.copyOf(values);
  }

  /** The positive form ({@code Action}, {@code Resource}). */
  public static ElementValues of(List<String> values) {
    return new ElementValues(true, false, values);
  }

  /** The negated form ({@code NotAction}, {@code NotResource}). */
  public static ElementValues not(List<String> values) {
    return new ElementValues(true, true, values);
  }
}
