package org.moto4j.iam.internal.request;

import java.util.Locale;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;

/**
 * Reads the model's boolean members, which the query protocol sends as {@code true}/{@code false}.
 */
public final class BooleanMember {

  private BooleanMember() {}

  /**
   * The member's value, {@code null} when absent; anything but {@code true} or {@code false} (any
   * case) is recorded as a violation and reads as {@code null}.
   */
  public static Boolean read(QueryRequest request, Validation validation, String member) {
    String value = request.get(member);
    if (value == null) {
      return null;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        validation.violation(member, value, "Member must be a boolean");
        return null;
    }
  }
}
