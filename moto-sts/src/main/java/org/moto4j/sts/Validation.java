package org.moto4j.sts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.sts.StsShapes.IntegerShape;
import org.moto4j.sts.StsShapes.ListShape;
import org.moto4j.sts.StsShapes.StringShape;

/**
 * Reads the members of one request and checks them against their model constraints, collecting
 * every violation the way AWS reports them: {@code 2 validation errors detected: Value 'x' at
 * 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to
 * 2; ...}. {@link #check()} throws them as one {@code ValidationError}.
 */
final class Validation {

  private final QueryRequest request;
  private final List<String> violations = new ArrayList<>();

  Validation(QueryRequest request) {
    this.request = request;
  }

  /** A required string member; {@code null} (and a violation) when absent. */
  String required(String member, StringShape shape) {
    String value = request.get(member);
    if (value == null) {
      notNull(path(member), shape.sensitive());
      return null;
    }
    text(path(member), value, shape);
    return value;
  }

  /** Records a required member the request does not have. */
  void missing(String member) {
    notNull(path(member), false);
  }

  /** An optional string member, {@code null} when absent. */
  String optional(String member, StringShape shape) {
    String value = request.get(member);
    if (value != null) {
      text(path(member), value, shape);
    }
    return value;
  }

  /** An optional integer member, {@code null} when absent. */
  Integer integer(String member, IntegerShape shape) {
    Integer value = request.integer(member, path(member));
    if (value != null) {
      if (value < shape.min()) {
        add(
            path(member),
            value.toString(),
            false,
            "have value greater than or equal to " + shape.min());
      }
      if (value > shape.max()) {
        add(
            path(member),
            value.toString(),
            false,
            "have value less than or equal to " + shape.max());
      }
    }
    return value;
  }

  /** A list of strings ({@code Member.member.N}); a required one must have an element. */
  List<String> strings(String member, ListShape list, StringShape element, boolean required) {
    List<String> values = request.list(member + ".member");
    if (values.isEmpty()) {
      if (required) {
        notNull(path(member), false);
      }
      return values;
    }
    size(member, values.toString(), values.size(), list);
    for (int i = 0; i < values.size(); i++) {
      text(path(member) + "." + (i + 1) + ".member", values.get(i), element);
    }
    return values;
  }

  /** Session tags ({@code Tags.member.N.Key} and {@code .Value}); keys must be unique. */
  List<SessionTag> tags(String member) {
    List<Map<String, String>> entries = request.structures(member + ".member");
    size(member, describe(entries.size()), entries.size(), StsShapes.TAGS);
    List<SessionTag> tags = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    boolean duplicate = false;
    for (int i = 0; i < entries.size(); i++) {
      String prefix = path(member) + "." + (i + 1) + ".member.";
      String key = field(entries.get(i), "Key", prefix + "key", StsShapes.TAG_KEY);
      String value = field(entries.get(i), "Value", prefix + "value", StsShapes.TAG_VALUE);
      if (key != null && value != null) {
        tags.add(new SessionTag(key, value));
        // Tag keys are case-insensitive: Department and department are one key.
        duplicate |= !keys.add(key.toLowerCase(Locale.ROOT));
      }
    }
    if (duplicate) {
      violations.add("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    }
    return tags;
  }

  /** Managed session policy ARNs ({@code PolicyArns.member.N.arn}). */
  List<String> policyArns(String member) {
    List<Map<String, String>> entries = request.structures(member + ".member");
    size(member, describe(entries.size()), entries.size(), StsShapes.POLICY_ARNS);
    if (entries.size() > StsShapes.MAX_POLICY_ARNS) {
      add(
          path(member),
          describe(entries.size()),
          false,
          "have length less than or equal to " + StsShapes.MAX_POLICY_ARNS);
    }
    List<String> arns = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String arn = entries.get(i).get("arn");
      if (arn != null) {
        text(path(member) + "." + (i + 1) + ".member.arn", arn, StsShapes.ARN);
        arns.add(arn);
      }
    }
    return arns;
  }

  /** Trusted context assertions ({@code ProvidedContexts.member.N.ProviderArn}…). */
  void providedContexts(String member) {
    List<Map<String, String>> entries = request.structures(member + ".member");
    if (entries.isEmpty()) {
      return;
    }
    size(member, describe(entries.size()), entries.size(), StsShapes.PROVIDED_CONTEXTS);
    for (int i = 0; i < entries.size(); i++) {
      String prefix = path(member) + "." + (i + 1) + ".member.";
      Map<String, String> entry = entries.get(i);
      if (entry.get("ProviderArn") != null) {
        text(prefix + "providerArn", entry.get("ProviderArn"), StsShapes.ARN);
      }
      if (entry.get("ContextAssertion") != null) {
        text(
            prefix + "contextAssertion",
            entry.get("ContextAssertion"),
            StsShapes.CONTEXT_ASSERTION);
      }
    }
  }

  /** Records a violation found by an operation's own rule, in AWS's wording. */
  void violation(String member, String value, String constraint) {
    add(path(member), value, false, constraint);
  }

  /**
   * Throws the violations found so far as one {@code ValidationError}.
   *
   * @throws org.moto4j.core.protocol.AwsException when there is any
   */
  void check() {
    if (violations.isEmpty()) {
      return;
    }
    String count =
        violations.size() == 1
            ? "1 validation error detected: "
            : violations.size() + " validation errors detected: ";
    throw StsErrors.VALIDATION.exception(count + String.join("; ", violations));
  }

  /** The member's name as AWS writes it in messages: {@code RoleArn} is {@code roleArn}. */
  static String path(String member) {
    return Character.toLowerCase(member.charAt(0)) + member.substring(1);
  }

  private String field(Map<String, String> entry, String name, String path, StringShape shape) {
    String value = entry.get(name);
    if (value == null) {
      notNull(path, false);
    } else {
      text(path, value, shape);
    }
    return value;
  }

  private void text(String path, String value, StringShape shape) {
    // AWS reports the pattern before the length, as its validator checks them.
    if (!shape.matches(value)) {
      add(path, value, shape.sensitive(), "satisfy regular expression pattern: " + shape.pattern());
    }
    int length = value.codePointCount(0, value.length());
    if (shape.min() != null && length < shape.min()) {
      add(path, value, shape.sensitive(), "have length greater than or equal to " + shape.min());
    }
    if (shape.max() != null && length > shape.max()) {
      add(path, value, shape.sensitive(), "have length less than or equal to " + shape.max());
    }
  }

  private void size(String member, String shown, int size, ListShape list) {
    if (list.min() != null && size < list.min()) {
      add(path(member), shown, false, "have length greater than or equal to " + list.min());
    }
    if (list.max() != null && size > list.max()) {
      add(path(member), shown, false, "have length less than or equal to " + list.max());
    }
  }

  private void notNull(String path, boolean sensitive) {
    violations.add(
        (sensitive ? "Value at '" : "Value null at '")
            + path
            + "' failed to satisfy constraint: Member must not be null");
  }

  private void add(String path, String value, boolean sensitive, String constraint) {
    // Sensitive members (tokens, assertions) are never echoed back.
    String shown = sensitive ? "Value at '" : "Value '" + value + "' at '";
    violations.add(shown + path + "' failed to satisfy constraint: Member must " + constraint);
  }

  private static String describe(int size) {
    return "[" + size + " items]";
  }
}
