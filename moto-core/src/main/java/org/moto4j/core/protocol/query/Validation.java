package org.moto4j.core.protocol.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moto4j.core.protocol.AwsException;

/**
 * Reads the members of one query-protocol request and checks each against its model {@link Shape},
 * collecting every broken constraint so that {@link #check()} answers them all at once, in AWS's
 * words: {@code 2 validation errors detected: Value 'a' at 'roleSessionName' failed to satisfy
 * constraint: Member must have length greater than or equal to 2; Value null at 'roleArn' failed to
 * satisfy constraint: Member must not be null}.
 *
 * <p>Members are named as sent ({@code RoleSessionName}, {@code Tags}) and reported as AWS names
 * them, in lower camel case with list paths ({@code roleSessionName}, {@code tags.2.member.key}).
 * The value of a {@linkplain Shape#sensitive() sensitive} member is never echoed: {@code Value at
 * 'webIdentityToken' failed to satisfy constraint: …}.
 *
 * <pre>{@code
 * Validation input = new Validation(request);
 * String roleArn = input.required("RoleArn", StsShapes.ARN);
 * String sessionName = input.required("RoleSessionName", StsShapes.ROLE_SESSION_NAME);
 * Integer duration = input.integer("DurationSeconds", StsShapes.ROLE_DURATION);
 * List<String> keys = input.strings("TransitiveTagKeys", StsShapes.TAG_KEYS, StsShapes.TAG_KEY, false);
 * String policy = input.optional("Policy", StsShapes.UNRESTRICTED_SESSION_POLICY);
 * if (policy != null && SessionPolicy.plaintextLength(policy) > 2048) {
 *   // a limit the model does not declare, in AWS's words
 *   input.violation("Policy", policy, "Member must have length less than or equal to 2048");
 * }
 * input.check(); // throws ValidationError (400) listing every violation, if there is any
 * }</pre>
 */
public final class Validation {

  private final QueryRequest request;
  private final List<String> violations = new ArrayList<>();

  /** A validation of {@code request}'s members, none read yet. */
  public Validation(QueryRequest request) {
    this.request = request;
  }

  /** A string member that must be present; {@code null} (and a violation) when it is absent. */
  public String required(String member, Shape shape) {
    String value = request.get(member);
    if (value == null) {
      notNull(memberName(member), shape.sensitive());
      return null;
    }
    return text(memberName(member), value, shape);
  }

  /** A string member that may be absent ({@code null}). */
  public String optional(String member, Shape shape) {
    String value = request.get(member);
    return value == null ? null : text(memberName(member), value, shape);
  }

  /** Records that a required member, one the request does not have, is missing. */
  public void missing(String member) {
    notNull(memberName(member), false);
  }

  /**
   * An integer member that may be absent ({@code null}). One that is no number is a violation
   * ({@code Member must be a number}) and reads as {@code null}; one out of the shape's range is a
   * violation and reads as sent.
   */
  public Integer integer(String member, Shape shape) {
    String value = request.get(member);
    if (value == null) {
      return null;
    }
    String name = memberName(member);
    long number;
    try {
      number = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      add(name, value, false, "Member must be a number");
      return null;
    }
    shape.violations(number).forEach(clause -> add(name, value, false, clause));
    return number == (int) number ? (int) number : null;
  }

  /**
   * The values of a list of strings sent as {@code Member.member.N}, in index order; {@code null}
   * when the list is absent ({@code Member=} sends an empty one). The list's size is checked
   * against {@code list}, each value against {@code element} (a string or enum shape).
   */
  public List<String> strings(String member, Shape list, Shape element, boolean required) {
    List<String> values = request.list(member + ".member");
    if (absent(member, values.isEmpty(), required)) {
      return null;
    }
    String name = memberName(member);
    list.sizeViolations(values.size())
        .forEach(clause -> add(name, values.toString(), false, clause));
    for (int i = 0; i < values.size(); i++) {
      text(name + "." + (i + 1) + ".member", values.get(i), element);
    }
    return values;
  }

  /**
   * The structures of a list sent as {@code Member.member.N.Field}, one map of field to value per
   * index, in index order; {@code null} when the list is absent. The list's size is checked against
   * {@code list}; the caller checks the fields with {@link #field} and {@link #optionalField}.
   */
  public List<Map<String, String>> structures(String member, Shape list, boolean required) {
    List<Map<String, String>> values = request.structures(member + ".member");
    if (absent(member, values.isEmpty(), required)) {
      return null;
    }
    String name = memberName(member);
    list.sizeViolations(values.size())
        .forEach(clause -> add(name, values.toString(), false, clause));
    return values;
  }

  /**
   * A field the {@code index}th (from 0) structure of a list must have, such as {@code Key} of
   * {@code Tags.member.1.Key}; {@code null} (and a violation) when it is absent.
   */
  public String field(
      String member, int index, Map<String, String> structure, String field, Shape shape) {
    String value = structure.get(field);
    if (value == null) {
      notNull(fieldName(member, index, field), shape.sensitive());
      return null;
    }
    return text(fieldName(member, index, field), value, shape);
  }

  /** A field the {@code index}th (from 0) structure of a list may leave out ({@code null}). */
  public String optionalField(
      String member, int index, Map<String, String> structure, String field, Shape shape) {
    String value = structure.get(field);
    return value == null ? null : text(fieldName(member, index, field), value, shape);
  }

  /**
   * The {@code Key}/{@code Value} pairs of a tag list sent as {@code Member.member.N.Key} and
   * {@code .Value}, in index order; {@code null} when the list is absent. Both fields are required;
   * a pair missing one is a violation and left out.
   */
  public List<Map.Entry<String, String>> tags(
      String member, Shape list, Shape key, Shape value, boolean required) {
    List<Map<String, String>> structures = structures(member, list, required);
    if (structures == null) {
      return null;
    }
    List<Map.Entry<String, String>> tags = new ArrayList<>(structures.size());
    for (int i = 0; i < structures.size(); i++) {
      String k = field(member, i, structures.get(i), "Key", key);
      String v = field(member, i, structures.get(i), "Value", value);
      if (k != null && v != null) {
        tags.add(Map.entry(k, v));
      }
    }
    return tags;
  }

  /**
   * Records a constraint an operation checks itself, worded as AWS words it: {@code
   * violation("Policy", policy, "Member must have length less than or equal to 2048")}. A {@code
   * null} value reads {@code Value null at …}.
   */
  public void violation(String member, String value, String clause) {
    add(memberName(member), value, false, clause);
  }

  /**
   * Records a violation AWS words as a sentence of its own, such as {@code Duplicate tag keys
   * found. Please note that Tag keys are case insensitive.}
   */
  public void violation(String sentence) {
    violations.add(sentence);
  }

  /** Whether every member read so far is valid. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /** The violations recorded so far, in the order they were found. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /**
   * Ends the reading.
   *
   * @throws AwsException {@code ValidationError} (400) listing every violation, if there is any
   */
  public void check() {
    if (violations.isEmpty()) {
      return;
    }
    int count = violations.size();
    throw new AwsException(
        "ValidationError",
        400,
        count
            + (count == 1 ? " validation error detected: " : " validation errors detected: ")
            + String.join("; ", violations));
  }

  /**
   * The name AWS gives a member in its messages, in lower camel case: {@code RoleArn} is {@code
   * roleArn}, {@code TaskPolicyArn.arn} is {@code taskPolicyArn.arn}.
   */
  public static String memberName(String member) {
    return member.isEmpty()
        ? member
        : Character.toLowerCase(member.charAt(0)) + member.substring(1);
  }

  private boolean absent(String member, boolean empty, boolean required) {
    if (!empty || request.has(member)) {
      return false;
    }
    if (required) {
      notNull(memberName(member), false);
    }
    return true;
  }

  private static String fieldName(String member, int index, String field) {
    return memberName(member) + "." + (index + 1) + ".member." + memberName(field);
  }

  private String text(String name, String value, Shape shape) {
    shape.violations(value).forEach(clause -> add(name, value, shape.sensitive(), clause));
    return value;
  }

  private void notNull(String name, boolean sensitive) {
    add(name, null, sensitive, "Member must not be null");
  }

  private void add(String name, String value, boolean sensitive, String clause) {
    // A sensitive member (a token, an assertion) is never echoed back, not even as null.
    String shown = sensitive ? "Value" : value == null ? "Value null" : "Value '" + value + "'";
    violations.add(shown + " at '" + name + "' failed to satisfy constraint: " + clause);
  }
}
