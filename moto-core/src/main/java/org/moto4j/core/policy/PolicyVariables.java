package org.moto4j.core.policy;

import java.util.Optional;
import java.util.Set;

/**
 * Replaces policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}},
 * {@code ${*}}, {@code ${?}}, {@code ${$}}) with request context values. Replaced text is literal:
 * a {@code *} in a user name is not a wildcard. A variable with no value and no default makes the
 * text unusable (it matches nothing), and its key is reported missing.
 */
final class PolicyVariables {

  private PolicyVariables() {}

  /**
   * {@code text} as a pattern; its own {@code *} and {@code ?} are wildcards when {@code
   * wildcards}, and variables are replaced only when {@code enabled} (version 2012-10-17).
   */
  static Optional<Glob> pattern(
      String text,
      boolean wildcards,
      boolean enabled,
      AuthorizationRequest request,
      Set<String> missing) {
    Glob.Builder glob = Glob.builder();
    int pos = 0;
    while (enabled) {
      int start = text.indexOf("${", pos);
      int end = start < 0 ? -1 : text.indexOf('}', start);
      if (end < 0) {
        break;
      }
      append(glob, text.substring(pos, start), wildcards);
      Optional<String> value = resolve(text.substring(start + 2, end), request, missing);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      glob.literal(value.get());
      pos = end + 1;
    }
    append(glob, text.substring(pos), wildcards);
    return Optional.of(glob.build());
  }

  /** The keys the variables of {@code text} read. */
  static void keysOf(String text, Set<String> keys) {
    int pos = 0;
    while (true) {
      int start = text.indexOf("${", pos);
      int end = start < 0 ? -1 : text.indexOf('}', start);
      if (end < 0) {
        return;
      }
      String key = keyOf(text.substring(start + 2, end));
      if (!key.equals("*") && !key.equals("?") && !key.equals("$")) {
        keys.add(key);
      }
      pos = end + 1;
    }
  }

  private static void append(Glob.Builder glob, String text, boolean wildcards) {
    if (wildcards) {
      glob.wildcards(text);
    } else {
      glob.literal(text);
    }
  }

  private static Optional<String> resolve(
      String body, AuthorizationRequest request, Set<String> missing) {
    String key = keyOf(body);
    switch (key) {
      case "*":
      case "?":
      case "$":
        return Optional.of(key);
      default:
        break;
    }
    ContextValue value = request.contextValue(key);
    if (value != null && value.values().size() == 1) {
      return Optional.of(value.values().get(0));
    }
    String fallback = defaultOf(body);
    if (fallback != null) {
      return Optional.of(fallback);
    }
    if (value == null) {
      missing.add(key);
    }
    return Optional.empty();
  }

  private static String keyOf(String body) {
    int comma = body.indexOf(',');
    return (comma < 0 ? body : body.substring(0, comma)).strip();
  }

  /** The default of {@code ${key, 'default'}}, or null. */
  private static String defaultOf(String body) {
    int comma = body.indexOf(',');
    if (comma < 0) {
      return null;
    }
    String fallback = body.substring(comma + 1).strip();
    if (fallback.length() >= 2 && fallback.startsWith("'") && fallback.endsWith("'")) {
      return fallback.substring(1, fallback.length() - 1);
    }
    return null;
  }
}
