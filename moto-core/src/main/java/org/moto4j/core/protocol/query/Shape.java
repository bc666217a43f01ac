package org.moto4j.core.protocol.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The constraints an AWS model ({@code service-2.json}) puts on a member's shape: a length range
 * and a pattern for strings, a set of values for enums, a value range for integers, a size range
 * for lists, and whether the value is {@code sensitive} (never echoed in error messages). It
 * answers the constraint clauses of AWS's {@code ValidationError} messages; {@link Validation}
 * reads members against it.
 *
 * <p>A service keeps its shapes as constants, named and bounded exactly as the model has them, so
 * that a test can hold each one to the model:
 *
 * <pre>{@code
 * static final Shape USER_NAME = Shape.string("userNameType", 1, 64, "[\\w+=,.@-]+");
 * static final Shape MAX_ITEMS = Shape.integer("maxItemsType", 1, 1000);
 * static final Shape STATUS = Shape.enumeration("statusType", "Active", "Inactive", "Expired");
 * static final Shape TAGS = Shape.list("tagListType", null, 50);
 * static final Shape TOKEN = Shape.string("clientTokenType", 4, 20000, null).asSensitive();
 * }</pre>
 */
public final class Shape {

  /** What a shape constrains. */
  public enum Kind {
    /** A string: length bounds and a pattern. */
    STRING,
    /** A string that must be one of a set of values. */
    ENUM,
    /** An integer: value bounds. */
    INTEGER,
    /** A list: size bounds. */
    LIST
  }

  private final String name;
  private final Kind kind;
  private final Integer min;
  private final Integer max;
  private final String pattern;
  private final Pattern regex;
  private final List<String> values;
  private final boolean sensitive;

  private Shape(
      String name,
      Kind kind,
      Integer min,
      Integer max,
      String pattern,
      List<String> values,
      boolean sensitive) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.regex = pattern == null ? null : Pattern.compile(javaRegex(pattern));
    this.values = List.copyOf(values);
    this.sensitive = sensitive;
  }

  /**
   * A string of {@code min} to {@code max} code points (either bound may be {@code null}, as when
   * the model has none) matching {@code pattern}, written exactly as in the model ({@code null} for
   * none).
   */
  public static Shape string(String name, Integer min, Integer max, String pattern) {
    return new Shape(name, Kind.STRING, min, max, pattern, List.of(), false);
  }

  /** A string that must be one of {@code values}, in the model's order. */
  public static Shape enumeration(String name, String... values) {
    return new Shape(name, Kind.ENUM, null, null, null, List.of(values), false);
  }

  /** An integer from {@code min} to {@code max} (either bound may be {@code null}). */
  public static Shape integer(String name, Integer min, Integer max) {
    return new Shape(name, Kind.INTEGER, min, max, null, List.of(), false);
  }

  /** A list of {@code min} to {@code max} members (either bound may be {@code null}). */
  public static Shape list(String name, Integer min, Integer max) {
    return new Shape(name, Kind.LIST, min, max, null, List.of(), false);
  }

  /** This shape, marked {@code sensitive} as the model does: its values never appear in errors. */
  public Shape asSensitive() {
    return new Shape(name, kind, min, max, pattern, values, true);
  }

  /** The shape's name in the model, such as {@code userNameType}. */
  public String name() {
    return name;
  }

  /** What the shape constrains. */
  public Kind kind() {
    return kind;
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

  /** The model's {@code enum} values, or empty. */
  public List<String> values() {
    return values;
  }

  /** Whether the model marks the shape {@code sensitive}. */
  public boolean sensitive() {
    return sensitive;
  }

  /** Whether {@code value} matches the pattern (always, when the shape has none). */
  public boolean matches(String value) {
    return regex == null || regex.matcher(value).matches();
  }

  /** Whether {@code value} satisfies every constraint of this string or enum shape. */
  public boolean accepts(String value) {
    return violations(value).isEmpty();
  }

  /**
   * The constraint clauses a string value breaks, in the order they are reported: the length before
   * the pattern, as moto reports them (AWS's own order is not stable between requests).
   *
   * @throws IllegalStateException when this is not a string or enum shape
   */
  public List<String> violations(String value) {
    List<String> broken = new ArrayList<>(2);
    switch (kind) {
      case STRING -> {
        int length = value.codePointCount(0, value.length());
        if (min != null && length < min) {
          broken.add("Member must have length greater than or equal to " + min);
        }
        if (max != null && length > max) {
          broken.add("Member must have length less than or equal to " + max);
        }
        if (!matches(value)) {
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

  /**
   * The constraint clauses an integer value breaks.
   *
   * @throws IllegalStateException when this is not an integer shape
   */
  public List<String> violations(long value) {
    if (kind != Kind.INTEGER) {
      throw new IllegalStateException(name + " is not an integer shape");
    }
    return bounds(value, "value");
  }

  /**
   * The constraint clauses a list of {@code size} members breaks.
   *
   * @throws IllegalStateException when this is not a list shape
   */
  public List<String> sizeViolations(int size) {
    if (kind != Kind.LIST) {
      throw new IllegalStateException(name + " is not a list shape");
    }
    return bounds(size, "length");
  }

  private List<String> bounds(long value, String measure) {
    List<String> broken = new ArrayList<>(1);
    if (min != null && value < min) {
      broken.add("Member must have " + measure + " greater than or equal to " + min);
    }
    if (max != null && value > max) {
      broken.add("Member must have " + measure + " less than or equal to " + max);
    }
    return broken;
  }

  /**
   * The model's pattern as a Java regex. The model writes code points beyond the BMP with five or
   * six hex digits, as <code>&#92;u10000-&#92;u10FFFF</code>; Java reads <code>&#92;u</code> with
   * exactly four, so those become <code>&#92;x{10000}-&#92;x{10FFFF}</code>. Four-digit escapes,
   * and longer runs of digits that name no supplementary code point, stay as they are.
   */
  static String javaRegex(String pattern) {
    StringBuilder java = new StringBuilder(pattern.length());
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c != '\\' || i + 1 == pattern.length()) {
        java.append(c);
        i++;
        continue;
      }
      int digits = pattern.charAt(i + 1) == 'u' ? supplementaryDigits(pattern, i + 2) : 0;
      if (digits > 0) {
        java.append("\\x{").append(pattern, i + 2, i + 2 + digits).append('}');
        i += 2 + digits;
        continue;
      }
      // Any other escape, an escaped backslash included, is copied whole.
      java.append(c).append(pattern.charAt(i + 1));
      i += 2;
    }
    return java.toString();
  }

  /**
   * How many hex digits (six, else five) at {@code from} name a code point beyond the BMP; 0 when
   * they do not.
   */
  private static int supplementaryDigits(String text, int from) {
    int available = 0;
    while (available < 6
        && from + available < text.length()
        && "0123456789abcdefABCDEF".indexOf(text.charAt(from + available)) >= 0) {
      available++;
    }
    for (int digits = available; digits >= 5; digits--) {
      int codePoint = Integer.parseInt(text.substring(from, from + digits), 16);
      if (codePoint > 0xFFFF && codePoint <= Character.MAX_CODE_POINT) {
        return digits;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return name;
  }
}
