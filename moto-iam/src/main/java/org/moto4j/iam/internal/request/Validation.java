package org.moto4j.iam.internal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamErrors;

/**
 * Reads an operation's members and checks each against its model shape, collecting every broken
 * constraint so that {@link #done()} answers them all at once, in AWS's words: {@code 2 validation
 * errors detected: Value '' at 'userName' failed to satisfy constraint: …; Value …}.
 *
 * <pre>{@code
 * Validation validation = new Validation(request);
 * String userName = validation.required("UserName", IamShapes.USER_NAME);
 * validation.done();
 * }</pre>
 */
public final class Validation {

  private final QueryRequest request;
  private final List<String> violations = new ArrayList<>();

  public Validation(QueryRequest request) {
    this.request = request;
  }

  /** A string member that must be present. */
  public String required(String parameter, Shape shape) {
    String value = request.get(parameter);
    if (value == null) {
      notNull(memberName(parameter));
      return null;
    }
    return check(memberName(parameter), value, shape);
  }

  /** A string member that may be absent ({@code null}). */
  public String optional(String parameter, Shape shape) {
    String value = request.get(parameter);
    return value == null ? null : check(memberName(parameter), value, shape);
  }

  /** An integer member that may be absent ({@code null}). */
  public Integer optionalInteger(String parameter, Shape shape) {
    String value = request.get(parameter);
    if (value == null) {
      return null;
    }
    String member = memberName(parameter);
    long number;
    try {
      number = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      violation(member, "'" + value + "'", "Member must be a number");
      return null;
    }
    List<String> broken = shape.violations(number);
    broken.forEach(clause -> violation(member, "'" + value + "'", clause));
    return broken.isEmpty() ? (int) number : null;
  }

  /**
   * The values of a list of strings sent as {@code Parameter.member.N}; {@code null} when the list
   * is absent ({@code Parameter=} sends an empty one).
   */
  public List<String> list(String parameter, Shape list, Shape member, boolean required) {
    List<String> values = request.list(parameter + ".member");
    String name = memberName(parameter);
    if (values.isEmpty() && !request.has(parameter)) {
      if (required) {
        notNull(name);
      }
      return null;
    }
    list.violationsOfSize(values.size())
        .forEach(clause -> violation(name, "'" + values + "'", clause));
    for (int i = 0; i < values.size(); i++) {
      check(name + "." + (i + 1) + ".member", values.get(i), member);
    }
    return values;
  }

  /**
   * The structures of a list sent as {@code Parameter.member.N.Field}; {@code null} when the list
   * is absent. Fields are checked by the caller through {@link #field}.
   */
  public List<Map<String, String>> structures(String parameter, Shape list, boolean required) {
    List<Map<String, String>> values = request.structures(parameter + ".member");
    String name = memberName(parameter);
    if (values.isEmpty() && !request.has(parameter)) {
      if (required) {
        notNull(name);
      }
      return null;
    }
    list.violationsOfSize(values.size())
        .forEach(clause -> violation(name, "'" + values + "'", clause));
    return values;
  }

  /** A required field of the {@code index}th (from 0) structure of a list. */
  public String field(
      String parameter, int index, Map<String, String> structure, String field, Shape shape) {
    String name = memberName(parameter) + "." + (index + 1) + ".member." + memberName(field);
    String value = structure.get(field);
    if (value == null) {
      notNull(name);
      return null;
    }
    return check(name, value, shape);
  }

  /** Whether every member read so far is valid. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Ends the reading.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code ValidationError} listing every broken
   *     constraint, if any
   */
  public void done() {
    if (violations.isEmpty()) {
      return;
    }
    int count = violations.size();
    String message =
        count
            + (count == 1 ? " validation error detected: " : " validation errors detected: ")
            + String.join("; ", violations);
    throw IamErrors.VALIDATION.exception(message);
  }

  private String check(String member, String value, Shape shape) {
    List<String> broken = shape.violations(value);
    broken.forEach(clause -> violation(member, "'" + value + "'", clause));
    return value;
  }

  private void notNull(String member) {
    violation(member, "null", "Member must not be null");
  }

  private void violation(String member, String shownValue, String clause) {
    violations.add(
        "Value " + shownValue + " at '" + member + "' failed to satisfy constraint: " + clause);
  }

  /** AWS names members in its messages in lower camel case: {@code UserName} → {@code userName}. */
  static String memberName(String parameter) {
    return parameter.isEmpty()
        ? parameter
        : parameter.substring(0, 1).toLowerCase(Locale.ROOT) + parameter.substring(1);
  }
}
