package org.moto4j.s3.internal.select;

import java.util.List;
import java.util.Set;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;

/**
 * A cursor over an S3 Select statement's {@link SqlToken}s, shared by {@link SqlParser} and {@link
 * SqlExpressionParser}, with the reserved words and the errors both raise for a token out of place.
 */
final class SqlTokenStream {

  private static final Set<String> RESERVED =
      Set.of(
          "SELECT",
          "FROM",
          "WHERE",
          "LIMIT",
          "AS",
          "AND",
          "OR",
          "NOT",
          "LIKE",
          "ESCAPE",
          "IS",
          "NULL",
          "MISSING",
          "TRUE",
          "FALSE",
          "CAST",
          "BETWEEN",
          "IN",
          "JOIN",
          "GROUP",
          "ORDER",
          "BY",
          "HAVING",
          "UNION",
          "CASE",
          "WHEN",
          "THEN",
          "ELSE",
          "END",
          "DISTINCT",
          "ON");

  private final List<SqlToken> tokens;
  private int position;

  /** Over {@code tokens}, which end with an {@link SqlToken.Type#END} token. */
  SqlTokenStream(List<SqlToken> tokens) {
    this.tokens = tokens;
  }

  /** The current token, not consumed. */
  SqlToken peek() {
    return tokens.get(position);
  }

  /** The token {@code ahead} places after the current one, not consumed. */
  SqlToken peek(int ahead) {
    return tokens.get(position + ahead);
  }

  /** The current token, consumed unless it is the end. */
  SqlToken next() {
    SqlToken token = tokens.get(position);
    if (token.type() != SqlToken.Type.END) {
      position++;
    }
    return token;
  }

  /** Consumes the current token, already examined with {@link #peek()}. */
  void skip() {
    position++;
  }

  /** The index of the current token. */
  int position() {
    return position;
  }

  /** Makes the token at {@code index} current. */
  void seek(int index) {
    position = index;
  }

  /**
   * The index of the first {@code keyword} at or after {@code start} outside any brackets or
   * parentheses, or -1.
   */
  int indexOfTopLevelKeyword(String keyword, int start) {
    int depth = 0;
    for (int i = start; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is("(") || token.is("[")) {
        depth++;
      } else if (token.is(")") || token.is("]")) {
        depth--;
      } else if (depth == 0 && token.isKeyword(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** Consumes the operator or punctuation {@code symbol}, or fails. */
  void expect(String symbol) {
    SqlToken token = next();
    if (!token.is(symbol)) {
      if (token.type() == SqlToken.Type.END) {
        throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
      }
      throw unexpected(token);
    }
  }

  /** The text of {@code token}, which must be a name rather than a keyword or symbol. */
  static String identifier(SqlToken token) {
    if (!isIdentifier(token)) {
      throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
    }
    return token.text();
  }

  /** Whether {@code token} is quoted, or unquoted and not a reserved word. */
  static boolean isIdentifier(SqlToken token) {
    return token.type() == SqlToken.Type.QUOTED_IDENTIFIER
        || (token.type() == SqlToken.Type.IDENTIFIER && !RESERVED.contains(token.upper()));
  }

  /** Whether the upper-cased {@code word} is reserved, so cannot name a column or function. */
  static boolean isReserved(String word) {
    return RESERVED.contains(word);
  }

  /** The error for {@code token} where it does not fit, by what kind of token it is. */
  static AwsException unexpected(SqlToken token) {
    if (token.type() == SqlToken.Type.END) {
      return S3Errors.SELECT_PARSE_EXPECTED_EXPRESSION.exception();
    }
    if (token.type() == SqlToken.Type.IDENTIFIER && RESERVED.contains(token.upper())) {
      return S3Errors.SELECT_PARSE_UNEXPECTED_KEYWORD.exception();
    }
    return S3Errors.SELECT_PARSE_UNEXPECTED_TOKEN.exception();
  }
}
