package org.moto4j.iam.internal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The constraints the IAM model puts on a member's shape: a length range and a pattern for strings,
 * a value range for integers, a set of values for enums, a size limit for lists. It answers the
 * constraint clauses AWS's {@code ValidationError} messages are made of.
 */
public final class Shape {

  /** The kinds of shape the IAM operations constrain. */
  public enum Type {
    STRING,
    INTEGER,
    ENUM,
    LIST
  }

  private final String name;
  private final Type type;
  private final Integer min;
  private final Integer max;
  private final String pattern;
  private final Pattern compiled;
  private final List<String> values;

  private Shape(
      String name, Type type, Integer min, Integer max, String pattern, List<String> values) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = type;
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.compiled = pattern == null ? null : Pattern.compile(pattern);
    this.values = List.copyOf(values);
  }

  /** A string of {@code min} to {@code max} characters matching {@code pattern} (or anything). */
  public static Shape string(String name, int min, int max, String pattern) {
    return new Shape(name, Type.STRING, min, max, pattern, List.of());
  }

  /** An integer from {@code min} to {@code max}. */
  public static Shape integer(String name, int min, int max) {
    return new Shape(name, Type.INTEGER, min, max, null, List.of());
  }

  /** A string that must be one of {@code values}. */
  public static Shape enumeration(String name, String... values) {
    return new Shape(name, Type.ENUM, null, null, null, List.of(values));
  }

  /** A list of at most {@code max} members. */
  public static Shape list(String name, int max) {
    return new Shape(name, Type.LIST, null, max, null, List.of());
  }

  /** The shape's name in the model, such as {@code userNameType}. */
  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  /** The model's {@code min}, or {@code null}. */
  public Integer min() {
    return min;
  }

  /** The model's {@code max}, or {@code null}. */
  public Integer max() {
    return max;
  }

  /** The model's {@code pattern}, exactly as written there, or {@code null}. */
  public String pattern() {
    return pattern;
  }

  /** The model's {@code enum}, or empty. */
  public List<String> values() {
    return values;
  }

  /** The constraint clauses a string value breaks, in the order AWS reports them. */
  List<String> violations(String value) {
    List<String> broken = new ArrayList<>(2);
    switch (type) {
      case STRING -> {
        int length = value.codePointCount(0, value.length());
        if (min != null && length < min) {
          broken.add("Member must have length greater than or equal to " + min);
        }
        if (max != null && length > max) {
          broken.add("Member must have length less than or equal to " + max);
        }
        if (compiled != null && !compiled.matcher(value).matches()) {
          broken.add("Member must satisfy regular expression pattern: " + pattern);
        }
      }
      case ENUM -> {
        if (!values.contains(value)) {
          broken.add("Member must satisfy enum value set: " + values);
        }
      }
      default -> throw new IllegalStateException(name + " is not a string shape");
    }
    return broken;
  }

  /** The constraint clauses an integer value breaks. */
  List<String> violations(long value) {
    List<String> broken = new ArrayList<>(1);
    if (min != null && value < min) {
      broken.add("Member must have value greater than or equal to " + min);
    }
    if (max != null && value > max) {
      broken.add("Member must have value less than or equal to " + max);
    }
    return broken;
  }

  /** The constraint clauses a list of {@code size} members breaks. */
  List<String> violationsOfSize(int size) {
    List<String> broken = new ArrayList<>(1);
    if (max != null && size > max) {
      broken.add("Member must have length less than or equal to " + max);
    }
    return broken;
  }

  @Override
  public String toString() {
    return name;
  }
}
