package org.moto4j.core.policy;

import java.util.Optional;

/** The type of a request context value, spelled as IAM's {@code ContextKeyTypeEnum}. */
public enum ContextKeyType {
  STRING("string"),
  STRING_LIST("stringList"),
  NUMERIC("numeric"),
  NUMERIC_LIST("numericList"),
  BOOLEAN("boolean"),
  BOOLEAN_LIST("booleanList"),
  IP("ip"),
  IP_LIST("ipList"),
  BINARY("binary"),
  BINARY_LIST("binaryList"),
  DATE("date"),
  DATE_LIST("dateList");

  private final String text;

  ContextKeyType(String text) {
    this.text = text;
  }

  /** IAM's spelling. */
  public String text() {
    return text;
  }

  /** Whether a key of this type may hold several values. */
  public boolean isList() {
    return text.endsWith("List");
  }

  /** The type named {@code text} in IAM's spelling. */
  public static Optional<ContextKeyType> fromText(String text) {
    for (ContextKeyType type : values()) {
      if (type.text.equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
