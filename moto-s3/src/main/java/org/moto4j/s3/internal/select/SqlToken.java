package org.moto4j.s3.internal.select;

import java.util.Locale;

/**
 * One token of an S3 Select expression.
 *
 * @param type what it is
 * @param text the identifier (unquoted as written, quoted without its quotes), the string literal's
 *     value, the number as written, or the operator
 * @param position its offset in the expression
 */
record SqlToken(Type type, String text, int position) {

  /** Token kinds. */
  enum Type {
    IDENTIFIER,
    QUOTED_IDENTIFIER,
    STRING,
    NUMBER,
    OPERATOR,
    END
  }

  /** Whether it is the keyword {@code word} (an unquoted identifier, case ignored). */
  boolean isKeyword(String word) {
    return type == Type.IDENTIFIER && text.equalsIgnoreCase(word);
  }

  /** Whether it is the operator or punctuation {@code symbol}. */
  boolean is(String symbol) {
    return type == Type.OPERATOR && text.equals(symbol);
  }

  /** The keyword in upper case, for matching. */
  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }
}
