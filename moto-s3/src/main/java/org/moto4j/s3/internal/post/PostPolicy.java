package org.moto4j.s3.internal.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;

/**
 * A browser-form POST policy: a base64 JSON document with an {@code expiration} and {@code
 * conditions} the form must meet, checked as S3 checks it. Field names match case-insensitively,
 * values case-sensitively; a condition on a field the form lacks fails; every form field must be
 * named by some condition, except the signature's own fields and {@code x-ignore-*} ones.
 *
 * <pre>{@code
 * PostPolicy policy = PostPolicy.parse(form.get("policy"));
 * policy.checkNotExpired(clock.instant());
 * policy.checkFields(fields, bucket);
 * ContentLengthRange range = policy.contentLengthRange();
 * }</pre>
 */
final class PostPolicy {

  private static final ObjectMapper JSON = new ObjectMapper();
  // S3 reads UTC only, with or without a fraction: an offset is refused, so is a space for the T.
  private static final Pattern EXPIRATION =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
  private static final Set<String> EXEMPT_FIELDS =
      Set.of("policy", "x-amz-signature", "file", "awsaccesskeyid", "signature");
  private static final String IGNORED_PREFIX = "x-ignore-";

  /** The bounds of a {@code content-length-range} condition, inclusive. */
  record ContentLengthRange(long min, long max) {}

  /**
   * One condition.
   *
   * @param operation {@code eq}, {@code starts-with} or {@code content-length-range}
   * @param elements the condition's elements as written, for messages
   */
  private record Condition(String operation, List<JsonNode> elements) {

    /** The field it names, in lower case without {@code $}, or {@code null} for none. */
    String field() {
      if (operation.equals("content-length-range")) {
        return null;
      }
      String reference = elements.get(1).asText();
      return reference.startsWith("$") ? reference.substring(1).toLowerCase(Locale.ROOT) : null;
    }

    String value() {
      return elements.get(2).asText();
    }

    /** As S3 quotes a failed condition: {@code ["eq", "$key", "a"]}. */
    String display() {
      List<String> parts = new ArrayList<>();
      elements.forEach(element -> parts.add(element.toString()));
      return "[" + String.join(", ", parts) + "]";
    }
  }

  private final Instant expiration;
  private final List<Condition> conditions;

  private PostPolicy(Instant expiration, List<Condition> conditions) {
    this.expiration = expiration;
    this.conditions = List.copyOf(conditions);
  }

  /**
   * Reads a policy field.
   *
   * @throws AwsException {@code InvalidPolicyDocument} when it is not a policy S3 reads
   */
  static PostPolicy parse(String base64) {
    JsonNode document;
    try {
      byte[] json = Base64.getMimeDecoder().decode(base64);
      document = JSON.readTree(new String(json, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw invalid("Invalid JSON.");
    }
    if (document == null || !document.isObject()) {
      throw invalid("Invalid JSON.");
    }
    for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("expiration") && !name.equals("conditions")) {
        throw invalid("Unexpected: '" + name.toLowerCase(Locale.ROOT) + "'");
      }
    }
    JsonNode expiration = document.get("expiration");
    if (expiration == null) {
      throw invalid("Policy missing expiration.");
    }
    String text = expiration.isTextual() ? expiration.asText() : expiration.toString();
    if (!expiration.isTextual() || !EXPIRATION.matcher(text).matches()) {
      throw invalid("Invalid 'expiration' value: '" + text + "'");
    }
    JsonNode conditions = document.get("conditions");
    if (conditions == null) {
      throw invalid("Policy missing conditions.");
    }
    if (!conditions.isArray()) {
      throw invalid("Invalid 'conditions' value: must be a List.");
    }
    List<Condition> parsed = new ArrayList<>();
    conditions.forEach(condition -> parsed.add(condition(condition)));
    return new PostPolicy(Instant.parse(text), parsed);
  }

  private static Condition condition(JsonNode node) {
    if (node.isObject()) {
      if (node.size() != 1) {
        throw invalid(
            "Invalid Simple-Condition: Simple-Conditions must have exactly one property"
                + " specified.");
      }
      Map.Entry<String, JsonNode> only = node.fields().next();
      JsonNode value = only.getValue();
      if (value.isNull()) {
        throw invalid("Invalid JSON.");
      }
      if (!value.isTextual()) {
        throw invalid("Invalid Simple-Condition: value must be a string.");
      }
      // S3 quotes a simple condition that fails as the eq array it stands for.
      return new Condition(
          "eq", List.of(JSON.getNodeFactory().textNode("eq"), text("$" + only.getKey()), value));
    }
    if (!node.isArray()) {
      throw invalid("Invalid condition test: must be a List or Object.");
    }
    if (node.isEmpty() || !node.get(0).isTextual()) {
      throw invalid("Invalid Condition: missing operation identifier.");
    }
    String written = node.get(0).asText();
    String operation = written.toLowerCase(Locale.ROOT);
    List<JsonNode> elements = new ArrayList<>();
    node.forEach(elements::add);
    switch (operation) {
      case "eq", "starts-with" -> {
        if (elements.size() != 3) {
          throw invalid("Invalid " + written + ": wrong number of arguments.");
        }
        if (!elements.get(1).isTextual() || !elements.get(2).isTextual()) {
          throw invalid("Invalid JSON.");
        }
      }
      case "content-length-range" -> {
        if (elements.size() != 3) {
          throw invalid("Invalid " + written + ": wrong number of arguments.");
        }
        for (JsonNode bound : elements.subList(1, 3)) {
          // A fractional bound is not JSON to S3; a string one is read as a number when it is.
          if (!bound.isIntegralNumber() && !bound.isTextual()) {
            throw invalid("Invalid JSON.");
          }
        }
      }
      default -> throw invalid("Invalid Condition: unknown operation '" + written + "'.");
    }
    return new Condition(operation, elements);
  }

  private static JsonNode text(String value) {
    return JSON.getNodeFactory().textNode(value);
  }

  /**
   * @throws AwsException {@code AccessDenied} "Policy expired." once {@code now} is past it
   */
  void checkNotExpired(Instant now) {
    if (now.isAfter(expiration)) {
      throw S3Errors.POLICY_EXPIRED.exception();
    }
  }

  /**
   * Checks the form against the conditions, and that no field escapes them.
   *
   * @param fields the form's fields before the file, by name as sent, {@code ${filename}} expanded
   * @param bucket the bucket the form was posted to, which {@code $bucket} names
   * @throws AwsException {@code AccessDenied} naming the first condition that fails, or the fields
   *     no condition names
   */
  void checkFields(Map<String, String> fields, String bucket) {
    Map<String, String> byLowerName = new HashMap<>();
    fields.forEach((name, value) -> byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
    byLowerName.put("bucket", bucket);
    Set<String> named = new HashSet<>();
    for (Condition condition : conditions) {
      if (condition.operation().equals("content-length-range")) {
        if (lengthRange(condition) == null) {
          throw S3Errors.POLICY_CONDITION_FAILED.exception(condition.display());
        }
        continue;
      }
      String field = condition.field();
      String value = field == null ? null : byLowerName.get(field);
      if (field != null) {
        named.add(field);
      }
      if (value == null || !holds(condition, field, value)) {
        throw S3Errors.POLICY_CONDITION_FAILED.exception(condition.display());
      }
    }
    List<String> extra = new ArrayList<>();
    for (String name : fields.keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!named.contains(lower)
          && !EXEMPT_FIELDS.contains(lower)
          && !lower.startsWith(IGNORED_PREFIX)) {
        extra.add(name);
      }
    }
    if (!extra.isEmpty()) {
      throw S3Errors.POLICY_EXTRA_INPUT_FIELDS.exception(String.join(", ", extra));
    }
  }

  /** The size the file must have, when the policy says: the last range given wins. */
  ContentLengthRange contentLengthRange() {
    ContentLengthRange range = null;
    for (Condition condition : conditions) {
      if (condition.operation().equals("content-length-range")) {
        ContentLengthRange bounds = lengthRange(condition);
        range = bounds == null ? range : bounds;
      }
    }
    return range;
  }

  private static boolean holds(Condition condition, String field, String value) {
    String expected = condition.value();
    if (condition.operation().equals("eq")) {
      return value.equals(expected);
    }
    if (field.equals("content-type")) {
      // A list of content types passes only when every one of them does.
      for (String type : value.split(",", -1)) {
        if (!type.trim().startsWith(expected)) {
          return false;
        }
      }
      return true;
    }
    return value.startsWith(expected);
  }

  private static ContentLengthRange lengthRange(Condition condition) {
    Long min = bound(condition.elements().get(1));
    Long max = bound(condition.elements().get(2));
    return min == null || max == null ? null : new ContentLengthRange(min, max);
  }

  private static Long bound(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static AwsException invalid(String message) {
    return S3Errors.INVALID_POLICY_DOCUMENT.exception(message);
  }
}
