package org.moto4j.sts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moto4j.core.protocol.query.Validation;

/**
 * Reads the list members that shape an STS session (session tags, managed policy ARNs, trusted
 * context assertions) through a {@link Validation}, adding the rules STS keeps beyond the model.
 */
final class SessionMembers {

  private SessionMembers() {}

  /**
   * Session tags ({@code Tags.member.N.Key} and {@code .Value}), empty when absent. Keys are
   * case-insensitive, so {@code Department} and {@code department} together are a violation.
   */
  static List<SessionTag> tags(Validation input, String member) {
    List<Map.Entry<String, String>> pairs =
        input.tags(member, StsShapes.TAGS, StsShapes.TAG_KEY, StsShapes.TAG_VALUE, false);
    if (pairs == null) {
      return List.of();
    }
    Set<String> keys = new HashSet<>();
    boolean duplicate = false;
    for (Map.Entry<String, String> pair : pairs) {
      duplicate |= !keys.add(pair.getKey().toLowerCase(Locale.ROOT));
    }
    if (duplicate) {
      input.violation("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    }
    return pairs.stream().map(pair -> new SessionTag(pair.getKey(), pair.getValue())).toList();
  }

  /** Managed session policy ARNs ({@code PolicyArns.member.N.arn}), empty when absent. */
  static List<String> policyArns(Validation input, String member) {
    List<Map<String, String>> entries = input.structures(member, StsShapes.POLICY_ARNS, false);
    if (entries == null) {
      return List.of();
    }
    if (entries.size() > StsShapes.MAX_POLICY_ARNS) {
      input.violation(
          member,
          entries.toString(),
          "Member must have length less than or equal to " + StsShapes.MAX_POLICY_ARNS);
    }
    List<String> arns = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      String arn = input.optionalField(member, i, entries.get(i), "arn", StsShapes.ARN);
      if (arn != null) {
        arns.add(arn);
      }
    }
    return arns;
  }

  /** Trusted context assertions ({@code ProvidedContexts.member.N.ProviderArn}…). */
  static void providedContexts(Validation input, String member) {
    List<Map<String, String>> entries =
        input.structures(member, StsShapes.PROVIDED_CONTEXTS, false);
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      input.optionalField(member, i, entries.get(i), "ProviderArn", StsShapes.ARN);
      input.optionalField(
          member, i, entries.get(i), "ContextAssertion", StsShapes.CONTEXT_ASSERTION);
    }
  }
}
