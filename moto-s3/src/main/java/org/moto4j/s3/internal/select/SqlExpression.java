package org.moto4j.s3.internal.select;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.moto4j.s3.S3Errors;

/** An S3 Select expression, evaluated against one record; SQL's three-valued logic throughout. */
sealed interface SqlExpression {

  /** The value for {@code row}: see {@link SqlValues} for the types. */
  Object evaluate(SelectRow row);

  /** A constant. */
  record Literal(Object value) implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      return value;
    }
  }

  /** One step of a path: a member name or an array index. */
  sealed interface Step permits Member, Index {}

  /** {@code .name} or {@code ."Name"}. */
  record Member(String name, boolean quoted) implements Step {}

  /** {@code [3]}. */
  record Index(int index) implements Step {}

  /**
   * A path into the record, the table alias already removed: {@code s.a.b[0]} is {@code a.b[0]}.
   */
  record Path(List<Step> steps) implements SqlExpression {

    @Override
    public Object evaluate(SelectRow row) {
      if (steps.isEmpty()) {
        return row.whole();
      }
      Object value;
      if (steps.get(0) instanceof Member first) {
        value = row.field(first.name(), first.quoted());
      } else {
        value = index(row.whole(), ((Index) steps.get(0)).index());
      }
      for (Step step : steps.subList(1, steps.size())) {
        value =
            step instanceof Member member
                ? SelectRow.Json.member(value, member.name(), member.quoted())
                : index(value, ((Index) step).index());
      }
      return value;
    }

    /** The name a projection of this path takes in JSON output, or null for a positional one. */
    String outputName() {
      return !steps.isEmpty() && steps.get(steps.size() - 1) instanceof Member last
          ? last.name()
          : null;
    }

    private static Object index(Object value, int index) {
      if (value instanceof JsonNode node && node.isArray() && index >= 0 && index < node.size()) {
        return SqlValues.fromJson(node.get(index));
      }
      return SqlValues.MISSING;
    }
  }

  /** {@code NOT x} and {@code -x}. */
  record Unary(String operator, SqlExpression operand) implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      Object value = operand.evaluate(row);
      if (SqlValues.isAbsent(value)) {
        return null;
      }
      if (operator.equals("NOT")) {
        return value instanceof Boolean flag ? !flag : null;
      }
      BigDecimal number = SqlValues.number(value);
      return number == null ? null : number.negate();
    }
  }

  /** {@code AND}, {@code OR}, comparisons, arithmetic and {@code ||}. */
  record Binary(String operator, SqlExpression left, SqlExpression right) implements SqlExpression {

    @Override
    public Object evaluate(SelectRow row) {
      if (operator.equals("AND") || operator.equals("OR")) {
        return logic(row);
      }
      Object a = left.evaluate(row);
      Object b = right.evaluate(row);
      if (SqlValues.isAbsent(a) || SqlValues.isAbsent(b)) {
        return null;
      }
      return switch (operator) {
        case "=" -> equal(a, b);
        case "<>", "!=" -> {
          Boolean equal = equal(a, b);
          yield equal == null ? null : !equal;
        }
        case "<", "<=", ">", ">=" -> order(a, b);
        case "||" -> SqlValues.text(a) + SqlValues.text(b);
        default -> arithmetic(a, b);
      };
    }

    private Object logic(SelectRow row) {
      boolean and = operator.equals("AND");
      Object a = left.evaluate(row);
      if (a instanceof Boolean flag && flag != and) {
        return flag; // false AND x, true OR x
      }
      Object b = right.evaluate(row);
      if (b instanceof Boolean flag && flag != and) {
        return flag;
      }
      return a instanceof Boolean && b instanceof Boolean ? and : null;
    }

    private static Boolean equal(Object a, Object b) {
      Integer order = SqlValues.compare(a, b);
      // Values of kinds that cannot be compared (a word and a number) are simply not equal.
      return order == null ? Boolean.FALSE : order == 0;
    }

    private Boolean order(Object a, Object b) {
      Integer order = SqlValues.compare(a, b);
      if (order == null) {
        return null;
      }
      return switch (operator) {
        case "<" -> order < 0;
        case "<=" -> order <= 0;
        case ">" -> order > 0;
        default -> order >= 0;
      };
    }

    private Object arithmetic(Object a, Object b) {
      BigDecimal x = SqlValues.number(a);
      BigDecimal y = SqlValues.number(b);
      if (x == null || y == null) {
        return null;
      }
      return switch (operator) {
        case "+" -> x.add(y);
        case "-" -> x.subtract(y);
        case "*" -> x.multiply(y);
        case "/" -> {
          if (y.signum() == 0) {
            yield null;
          }
          yield isInteger(x) && isInteger(y)
              ? x.divide(y, 0, RoundingMode.DOWN)
              : x.divide(y, MathContext.DECIMAL64);
        }
        default -> y.signum() == 0 ? null : x.remainder(y);
      };
    }

    private static boolean isInteger(BigDecimal number) {
      return number.scale() <= 0;
    }
  }

  /** {@code x IS [NOT] NULL} (NULL or MISSING) and {@code x IS [NOT] MISSING}. */
  record IsAbsent(SqlExpression operand, boolean missingOnly, boolean negated)
      implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      Object value = operand.evaluate(row);
      boolean absent = missingOnly ? value == SqlValues.MISSING : SqlValues.isAbsent(value);
      return absent != negated;
    }
  }

  /** {@code x [NOT] LIKE pattern [ESCAPE c]}: {@code %} any run, {@code _} one character. */
  record Like(SqlExpression operand, SqlExpression pattern, SqlExpression escape, boolean negated)
      implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      Object value = operand.evaluate(row);
      Object like = pattern.evaluate(row);
      Object escapeValue = escape == null ? null : escape.evaluate(row);
      if (SqlValues.isAbsent(value) || SqlValues.isAbsent(like)) {
        return null;
      }
      String escapeChar = escapeValue == null ? null : SqlValues.text(escapeValue);
      boolean matches =
          regex(SqlValues.text(like), escapeChar).matcher(SqlValues.text(value)).matches();
      return matches != negated;
    }

    /**
     * The regular expression a LIKE pattern stands for.
     *
     * @throws org.moto4j.core.protocol.AwsException {@code
     *     EvaluatorLikePatternInvalidEscapeSequence}
     */
    static Pattern regex(String like, String escape) {
      if (escape != null && escape.codePointCount(0, escape.length()) != 1) {
        throw S3Errors.SELECT_LIKE_INVALID_ESCAPE.exception();
      }
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < like.length(); i++) {
        char c = like.charAt(i);
        if (escape != null && c == escape.charAt(0)) {
          if (i + 1 >= like.length()) {
            throw S3Errors.SELECT_LIKE_INVALID_ESCAPE.exception();
          }
          regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
        } else if (c == '%') {
          regex.append(".*");
        } else if (c == '_') {
          regex.append('.');
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
  }

  /** {@code x [NOT] BETWEEN low AND high}. */
  record Between(SqlExpression operand, SqlExpression low, SqlExpression high, boolean negated)
      implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      Object value = operand.evaluate(row);
      Object from = low.evaluate(row);
      Object to = high.evaluate(row);
      if (SqlValues.isAbsent(value) || SqlValues.isAbsent(from) || SqlValues.isAbsent(to)) {
        return null;
      }
      Integer lower = SqlValues.compare(value, from);
      Integer upper = SqlValues.compare(value, to);
      if (lower == null || upper == null) {
        return null;
      }
      return (lower >= 0 && upper <= 0) != negated;
    }
  }

  /** {@code x [NOT] IN (a, b, ...)}. */
  record In(SqlExpression operand, List<SqlExpression> candidates, boolean negated)
      implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      Object value = operand.evaluate(row);
      if (SqlValues.isAbsent(value)) {
        return null;
      }
      boolean unknown = false;
      for (SqlExpression candidate : candidates) {
        Object other = candidate.evaluate(row);
        if (SqlValues.isAbsent(other)) {
          unknown = true;
        } else if (Integer.valueOf(0).equals(SqlValues.compare(value, other))) {
          return !negated;
        }
      }
      return unknown ? null : negated;
    }
  }

  /** {@code CAST(x AS type)}. */
  record Cast(SqlExpression operand, String type) implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      return SqlValues.cast(operand.evaluate(row), type);
    }
  }

  /** A scalar function: LOWER, UPPER, CHAR_LENGTH, TRIM, SUBSTRING, COALESCE, NULLIF. */
  record Function(String name, List<SqlExpression> arguments) implements SqlExpression {

    /** The functions moto4j evaluates, with their argument counts (min, max). */
    static int[] arity(String name) {
      return switch (name) {
        case "LOWER", "UPPER", "CHAR_LENGTH", "CHARACTER_LENGTH", "TRIM" -> new int[] {1, 1};
        case "SUBSTRING" -> new int[] {2, 3};
        case "NULLIF" -> new int[] {2, 2};
        case "COALESCE" -> new int[] {1, Integer.MAX_VALUE};
        default -> null;
      };
    }

    @Override
    public Object evaluate(SelectRow row) {
      if (name.equals("COALESCE")) {
        for (SqlExpression argument : arguments) {
          Object value = argument.evaluate(row);
          if (!SqlValues.isAbsent(value)) {
            return value;
          }
        }
        return null;
      }
      Object first = arguments.get(0).evaluate(row);
      if (name.equals("NULLIF")) {
        Object second = arguments.get(1).evaluate(row);
        return !SqlValues.isAbsent(first)
                && !SqlValues.isAbsent(second)
                && Integer.valueOf(0).equals(SqlValues.compare(first, second))
            ? null
            : first;
      }
      if (SqlValues.isAbsent(first)) {
        return first;
      }
      String text = SqlValues.text(first);
      return switch (name) {
        case "LOWER" -> text.toLowerCase(Locale.ROOT);
        case "UPPER" -> text.toUpperCase(Locale.ROOT);
        case "TRIM" -> text.strip();
        case "SUBSTRING" -> substring(text, row);
        default -> BigDecimal.valueOf(text.codePointCount(0, text.length()));
      };
    }

    // SQL's SUBSTRING: 1-based start, which may lie before the string; an optional length.
    private Object substring(String text, SelectRow row) {
      BigDecimal start = SqlValues.number(arguments.get(1).evaluate(row));
      if (start == null) {
        return null;
      }
      long from = start.longValue();
      long to = Long.MAX_VALUE;
      if (arguments.size() == 3) {
        BigDecimal length = SqlValues.number(arguments.get(2).evaluate(row));
        if (length == null) {
          return null;
        }
        to = from + length.longValue();
      }
      int[] codePoints = text.codePoints().toArray();
      long begin = Math.max(from, 1) - 1;
      long end = Math.min(to - 1, codePoints.length);
      if (end <= begin) {
        return "";
      }
      return new String(codePoints, (int) begin, (int) (end - begin));
    }
  }

  /** COUNT, SUM, AVG, MIN or MAX over the records; evaluated by {@link Aggregation}. */
  record Aggregate(String name, SqlExpression argument) implements SqlExpression {
    @Override
    public Object evaluate(SelectRow row) {
      throw S3Errors.SELECT_UNSUPPORTED_SQL_STRUCTURE.exception();
    }
  }
}
