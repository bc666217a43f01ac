package org.moto4j.s3.internal.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moto4j.s3.S3Errors;

/** Splits an S3 Select expression into {@link SqlToken}s. */
final class SqlLexer {

  private static final Set<String> TWO_CHAR_OPERATORS = Set.of("<>", "!=", "<=", ">=", "||");
  private static final String ONE_CHAR_OPERATORS = "*,.()[]=<>+-/%";

  private SqlLexer() {}

  /**
   * The tokens, ending with an {@link SqlToken.Type#END} token.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code LexerInvalidChar}, {@code
   *     ParseExpectedTokenType} (an unterminated literal)
   */
  static List<SqlToken> tokens(String sql) {
    List<SqlToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int start = i;
        StringBuilder text = new StringBuilder();
        i++;
        while (true) {
          if (i >= sql.length()) {
            throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
          }
          char d = sql.charAt(i);
          if (d == c) {
            if (i + 1 < sql.length() && sql.charAt(i + 1) == c) {
              text.append(c);
              i += 2;
              continue;
            }
            i++;
            break;
          }
          text.append(d);
          i++;
        }
        SqlToken.Type type = c == '\'' ? SqlToken.Type.STRING : SqlToken.Type.QUOTED_IDENTIFIER;
        tokens.add(new SqlToken(type, text.toString(), start));
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)))) {
        int start = i;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
          int exponent = i + 1;
          if (exponent < sql.length() && "+-".indexOf(sql.charAt(exponent)) >= 0) {
            exponent++;
          }
          if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
            i = exponent;
            while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
              i++;
            }
          }
        }
        tokens.add(new SqlToken(SqlToken.Type.NUMBER, sql.substring(start, i), start));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < sql.length()
            && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
          i++;
        }
        tokens.add(new SqlToken(SqlToken.Type.IDENTIFIER, sql.substring(start, i), start));
      } else if (i + 1 < sql.length() && TWO_CHAR_OPERATORS.contains(sql.substring(i, i + 2))) {
        tokens.add(new SqlToken(SqlToken.Type.OPERATOR, sql.substring(i, i + 2), i));
        i += 2;
      } else if (ONE_CHAR_OPERATORS.indexOf(c) >= 0) {
        tokens.add(new SqlToken(SqlToken.Type.OPERATOR, String.valueOf(c), i));
        i++;
      } else if (c == ';' && sql.substring(i + 1).isBlank()) {
        i++; // a trailing semicolon ends the statement
      } else {
        throw S3Errors.SELECT_LEXER_INVALID_CHAR.exception();
      }
    }
    tokens.add(new SqlToken(SqlToken.Type.END, "", sql.length()));
    return tokens;
  }
}
