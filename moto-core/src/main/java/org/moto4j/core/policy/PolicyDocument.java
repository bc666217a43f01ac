package org.moto4j.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed, validated IAM policy document, with the text it was read from (IAM stores and returns
 * documents exactly as given).
 *
 * <pre>{@code
 * PolicyDocument doc = PolicyDocument.parse(json, PolicyKind.IDENTITY); // or MalformedPolicyException
 * }</pre>
 *
 * @param version {@code Version}, or null when absent
 * @param id {@code Id}, or null when absent
 */
public record PolicyDocument(String version, String id, List<Statement> statements, String json) {

  /** The current policy language version. */
  public static final String VERSION_2012 = "2012-10-17";

  /** The original policy language version, without policy variables. */
  public static final String VERSION_2008 = "2008-10-17";

  public PolicyDocument {
    statements = List.copyOf(statements);
  }

  /**
   * Parses and validates {@code json} as IAM does for a policy of the given kind.
   *
   * @throws MalformedPolicyException with IAM's message when IAM would refuse the document
   */
  public static PolicyDocument parse(String json, PolicyKind kind) {
    return PolicyGrammar.parse(json, kind);
  }

  /**
   * Whether policy variables ({@code ${aws:username}}) are replaced: only from version 2012-10-17;
   * in older documents they are literal text.
   */
  public boolean supportsVariables() {
    return VERSION_2012.equals(version);
  }

  /**
   * The context keys the document reads, first use first, each once (compared without case): its
   * condition keys and, in a 2012-10-17 document, the keys of its policy variables.
   */
  public List<String> contextKeys() {
    Set<String> seen = new LinkedHashSet<>();
    List<String> keys = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    for (Statement statement : statements) {
      if (supportsVariables()) {
        statement.resources().values().forEach(value -> PolicyVariables.keysOf(value, found));
      }
      for (Condition condition : statement.conditions()) {
        found.add(condition.key());
        if (supportsVariables()) {
          condition.values().forEach(value -> PolicyVariables.keysOf(value, found));
        }
      }
    }
    for (String key : found) {
      if (seen.add(key.toLowerCase(Locale.ROOT))) {
        keys.add(key);
      }
    }
    return keys;
  }
}
