package org.moto4j.s3.internal.select;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.moto4j.s3.S3Errors;

/**
 * The values S3 Select expressions compute with, as Java objects: {@code null} (SQL NULL), {@link
 * #MISSING} (an absent field), {@code String}, {@code BigDecimal} (every number), {@code Boolean},
 * and Jackson nodes for JSON objects and arrays.
 */
final class SqlValues {

  /** The value of a field the record does not have. */
  enum Missing {
    MISSING
  }

  static final Missing MISSING = Missing.MISSING;

  private SqlValues() {}

  /** Whether the value is NULL or MISSING. */
  static boolean isAbsent(Object value) {
    return value == null || value == MISSING;
  }

  /** A JSON value as an S3 Select value. */
  static Object fromJson(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return MISSING;
    }
    if (node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node;
  }

  /**
   * The value as a number: numbers as they are, strings that spell one (CSV fields are strings),
   * else {@code null}.
   */
  static BigDecimal number(Object value) {
    if (value instanceof BigDecimal number) {
      return number;
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Compares two present values: numerically when both are (or spell) numbers, as strings when both
   * are strings, booleans with booleans; {@code null} when they cannot be compared.
   */
  static Integer compare(Object left, Object right) {
    if (left instanceof String a && right instanceof String b) {
      return a.compareTo(b);
    }
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return a.compareTo(b);
    }
    BigDecimal a = number(left);
    BigDecimal b = number(right);
    if (a != null && b != null) {
      return a.compareTo(b);
    }
    if (left instanceof JsonNode || right instanceof JsonNode) {
      return left.equals(right) ? 0 : null;
    }
    return null;
  }

  /** The value as text: CSV output, string functions, CAST to STRING. */
  static String text(Object value) {
    if (isAbsent(value)) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return plain(number);
    }
    return value.toString();
  }

  /** A number written as S3 writes it: integers without a fraction, no exponent. */
  static String plain(BigDecimal number) {
    return number.toPlainString();
  }

  /**
   * {@code CAST(value AS type)}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code CastFailed}
   */
  static Object cast(Object value, String type) {
    if (isAbsent(value)) {
      return value;
    }
    switch (type) {
      case "STRING", "VARCHAR", "CHAR", "CHARACTER", "TEXT":
        return value instanceof JsonNode ? value.toString() : text(value);
      case "INT", "INTEGER", "BIGINT", "SMALLINT":
        {
          BigDecimal number = castNumber(value);
          return number.setScale(0, RoundingMode.DOWN);
        }
      case "FLOAT", "REAL", "DOUBLE", "DECIMAL", "NUMERIC":
        return castNumber(value);
      case "BOOL", "BOOLEAN":
        if (value instanceof Boolean) {
          return value;
        }
        if (value instanceof String text) {
          String word = text.trim().toLowerCase(Locale.ROOT);
          if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
          }
        }
        if (value instanceof BigDecimal number) {
          return number.signum() != 0;
        }
        throw S3Errors.SELECT_CAST_FAILED.exception();
      default:
        throw S3Errors.SELECT_PARSE_EXPECTED_TYPE_NAME.exception();
    }
  }

  private static BigDecimal castNumber(Object value) {
    if (value instanceof Boolean flag) {
      return flag ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    BigDecimal number = number(value);
    if (number == null) {
      throw S3Errors.SELECT_CAST_FAILED.exception();
    }
    return number;
  }
}
