package org.moto4j.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches ARNs against policy patterns (Resource, NotResource, ArnLike…): each of the six
 * colon-separated parts on its own, case-sensitively, wildcards not spanning parts except in the
 * last (resource) part; a pattern or value that is not a six-part ARN is matched as a whole.
 */
final class ArnPattern {

  private ArnPattern() {}

  static boolean matches(
      String pattern,
      String value,
      boolean variables,
      AuthorizationRequest request,
      Set<String> missing) {
    if (pattern.equals("*")) {
      return true;
    }
    List<String> patternParts = split(pattern);
    String[] valueParts = value.split(":", 6);
    if (patternParts.size() == 6 && valueParts.length == 6) {
      for (int i = 0; i < 6; i++) {
        Optional<Glob> glob =
            PolicyVariables.pattern(patternParts.get(i), true, variables, request, missing);
        if (glob.isEmpty() || !glob.get().matches(valueParts[i], false)) {
          return false;
        }
      }
      return true;
    }
    Optional<Glob> glob = PolicyVariables.pattern(pattern, true, variables, request, missing);
    return glob.isPresent() && glob.get().matches(value, false);
  }

  /** Splits on the first five colons that are not inside a {@code ${…}} variable. */
  private static List<String> split(String pattern) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < pattern.length() && parts.size() < 5; i++) {
      char c = pattern.charAt(i);
      if (c == '$' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0) {
        parts.add(pattern.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(pattern.substring(start));
    return parts;
  }
}
