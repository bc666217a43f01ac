package org.moto4j.core.policy;

import java.util.List;

/** The value(s) of one request context key, with its type. */
public record ContextValue(ContextKeyType type, List<String> values) {

  public ContextValue {
    values = List.copyOf(values);
  }

  /** A single string value. */
  public static ContextValue string(String value) {
    return new ContextValue(ContextKeyType.STRING, List.of(value));
  }

  /** A list of strings, such as {@code aws:TagKeys}. */
  public static ContextValue strings(List<String> values) {
    return new ContextValue(ContextKeyType.STRING_LIST, values);
  }

  /** A boolean. */
  public static ContextValue bool(boolean value) {
    return new ContextValue(ContextKeyType.BOOLEAN, List.of(Boolean.toString(value)));
  }

  /** A number. */
  public static ContextValue numeric(long value) {
    return new ContextValue(ContextKeyType.NUMERIC, List.of(Long.toString(value)));
  }

  /** A date-time, ISO 8601. */
  public static ContextValue date(String iso8601) {
    return new ContextValue(ContextKeyType.DATE, List.of(iso8601));
  }

  /** An IP address. */
  public static ContextValue ip(String address) {
    return new ContextValue(ContextKeyType.IP, List.of(address));
  }
}
