package org.moto4j.s3.internal.select;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;

/**
 * Parses the SQL subset moto4j's S3 Select runs: {@code SELECT} {@code *} or expressions with
 * aliases, {@code FROM S3Object[*].path [alias]}, {@code WHERE} with comparisons, {@code
 * AND/OR/NOT}, {@code LIKE}, {@code IS [NOT] NULL/MISSING}, {@code BETWEEN}, {@code IN},
 * arithmetic, {@code CAST}, a few scalar functions, aggregates (COUNT, SUM, AVG, MIN, MAX), and
 * {@code LIMIT}. Errors carry the codes S3 documents for SELECT Object Content.
 */
final class SqlParser {

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
  private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX");
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

  private final List<SqlToken> tokens;
  private int position;
  private String alias;

  private SqlParser(List<SqlToken> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses a statement.
   *
   * @throws AwsException a Parse*, Lexer*, UnsupportedFunction or EvaluatorNegativeLimit error
   */
  static SelectStatement parse(String sql) {
    SqlParser parser = new SqlParser(SqlLexer.tokens(sql));
    return parser.statement();
  }

  private SelectStatement statement() {
    if (!peek().isKeyword("SELECT")) {
      throw unexpected(peek());
    }
    // The alias is declared after the list that uses it: read the FROM clause first.
    int from = findFrom();
    position = from + 1;
    FromClause source = fromClause();
    int afterFrom = position;
    alias = source.alias();

    position = 1;
    List<SelectStatement.Projection> projections = selectList();
    if (position != from) {
      throw unexpected(peek());
    }
    position = afterFrom;
    if (peek().is(",") || peek().isKeyword("JOIN")) {
      throw S3Errors.SELECT_PARSE_MALFORMED_JOIN.exception();
    }
    SqlExpression where = null;
    if (peek().isKeyword("WHERE")) {
      position++;
      where = expression(false);
    }
    long limit = -1;
    if (peek().isKeyword("LIMIT")) {
      position++;
      limit = limit();
    }
    if (peek().type() != SqlToken.Type.END) {
      throw unexpected(peek());
    }
    return new SelectStatement(projections, source.path(), source.unnest(), where, limit);
  }

  private int findFrom() {
    int depth = 0;
    for (int i = 1; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.is("(") || token.is("[")) {
        depth++;
      } else if (token.is(")") || token.is("]")) {
        depth--;
      } else if (depth == 0 && token.isKeyword("FROM")) {
        return i;
      }
    }
    throw S3Errors.SELECT_PARSE_MISSING_FROM.exception();
  }

  private record FromClause(List<SqlExpression.Step> path, boolean unnest, String alias) {}

  private FromClause fromClause() {
    SqlToken table = next();
    if (table.type() != SqlToken.Type.IDENTIFIER || !table.text().equalsIgnoreCase("S3Object")) {
      throw unexpected(table);
    }
    List<SqlExpression.Step> path = new ArrayList<>();
    boolean unnest = false;
    boolean wildcardSeen = false;
    while (peek().is("[") || peek().is(".")) {
      if (unnest) {
        throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
      }
      if (next().is("[")) {
        if (peek().is("*")) {
          position++;
          expect("]");
          if (wildcardSeen) {
            unnest = true;
          }
          wildcardSeen = true;
        } else {
          path.add(indexStep());
        }
      } else {
        if (!wildcardSeen) {
          throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
        }
        path.add(memberStep());
      }
    }
    String name = null;
    if (peek().isKeyword("AS")) {
      position++;
      name = identifier(next());
    } else if (isIdentifier(peek())) {
      name = identifier(next());
    }
    return new FromClause(path, unnest, name);
  }

  private List<SelectStatement.Projection> selectList() {
    if (peek().isKeyword("FROM")) {
      throw S3Errors.SELECT_PARSE_EMPTY_SELECT.exception();
    }
    List<SelectStatement.Projection> projections = new ArrayList<>();
    boolean star = false;
    boolean aggregate = false;
    do {
      if (!projections.isEmpty() || star) {
        position++; // the comma
      }
      if (isStar()) {
        if (star || !projections.isEmpty()) {
          throw S3Errors.SELECT_PARSE_ASTERISK_NOT_ALONE.exception();
        }
        star = true;
        continue;
      }
      if (star) {
        throw S3Errors.SELECT_PARSE_ASTERISK_NOT_ALONE.exception();
      }
      SqlExpression expression = expression(true);
      String name = null;
      if (peek().isKeyword("AS")) {
        position++;
        name = identifier(next());
      } else if (isIdentifier(peek())) {
        name = identifier(next());
      }
      boolean isAggregate = expression instanceof SqlExpression.Aggregate;
      if (!projections.isEmpty() && isAggregate != aggregate) {
        // Without GROUP BY, aggregates cannot sit beside per-record values.
        throw S3Errors.SELECT_UNSUPPORTED_SQL_STRUCTURE.exception();
      }
      aggregate = isAggregate;
      projections.add(new SelectStatement.Projection(expression, name));
    } while (peek().is(","));
    return projections;
  }

  /** {@code *}, or {@code alias.*}, consumed. */
  private boolean isStar() {
    if (peek().is("*")) {
      position++;
      return true;
    }
    if (alias != null
        && isIdentifier(peek())
        && peek().text().equalsIgnoreCase(alias)
        && tokens.get(position + 1).is(".")
        && tokens.get(position + 2).is("*")) {
      position += 3;
      return true;
    }
    return false;
  }

  private long limit() {
    boolean negative = false;
    if (peek().is("-")) {
      position++;
      negative = true;
    }
    SqlToken number = next();
    if (number.type() != SqlToken.Type.NUMBER) {
      throw S3Errors.SELECT_PARSE_EXPECTED_NUMBER.exception();
    }
    if (negative) {
      throw S3Errors.SELECT_NEGATIVE_LIMIT.exception();
    }
    try {
      return new BigDecimal(number.text()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw S3Errors.SELECT_PARSE_EXPECTED_NUMBER.exception();
    }
  }

  // ---- expressions, loosest first ----

  private SqlExpression expression(boolean aggregateAllowed) {
    if (aggregateAllowed && isAggregateCall()) {
      return aggregate();
    }
    return or();
  }

  private SqlExpression or() {
    SqlExpression left = and();
    while (peek().isKeyword("OR")) {
      position++;
      left = new SqlExpression.Binary("OR", left, and());
    }
    return left;
  }

  private SqlExpression and() {
    SqlExpression left = not();
    while (peek().isKeyword("AND")) {
      position++;
      left = new SqlExpression.Binary("AND", left, not());
    }
    return left;
  }

  private SqlExpression not() {
    if (peek().isKeyword("NOT")) {
      position++;
      return new SqlExpression.Unary("NOT", not());
    }
    return predicate();
  }

  private SqlExpression predicate() {
    SqlExpression left = additive();
    SqlToken token = peek();
    if (token.type() == SqlToken.Type.OPERATOR && COMPARISONS.contains(token.text())) {
      position++;
      return new SqlExpression.Binary(token.text(), left, additive());
    }
    if (token.isKeyword("IS")) {
      position++;
      boolean negated = false;
      if (peek().isKeyword("NOT")) {
        position++;
        negated = true;
      }
      SqlToken what = next();
      if (what.isKeyword("NULL")) {
        return new SqlExpression.IsAbsent(left, false, negated);
      }
      if (what.isKeyword("MISSING")) {
        return new SqlExpression.IsAbsent(left, true, negated);
      }
      throw unexpected(what);
    }
    boolean negated = false;
    if (token.isKeyword("NOT")
        && (tokens.get(position + 1).isKeyword("LIKE")
            || tokens.get(position + 1).isKeyword("BETWEEN")
            || tokens.get(position + 1).isKeyword("IN"))) {
      position++;
      negated = true;
      token = peek();
    }
    if (token.isKeyword("LIKE")) {
      position++;
      SqlExpression pattern = additive();
      SqlExpression escape = null;
      if (peek().isKeyword("ESCAPE")) {
        position++;
        escape = additive();
      }
      return new SqlExpression.Like(left, pattern, escape, negated);
    }
    if (token.isKeyword("BETWEEN")) {
      position++;
      SqlExpression low = additive();
      if (!next().isKeyword("AND")) {
        throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
      }
      return new SqlExpression.Between(left, low, additive(), negated);
    }
    if (token.isKeyword("IN")) {
      position++;
      expect("(");
      List<SqlExpression> candidates = new ArrayList<>();
      candidates.add(expression(false));
      while (peek().is(",")) {
        position++;
        candidates.add(expression(false));
      }
      expect(")");
      return new SqlExpression.In(left, candidates, negated);
    }
    return left;
  }

  private SqlExpression additive() {
    SqlExpression left = multiplicative();
    while (peek().is("+") || peek().is("-") || peek().is("||")) {
      String operator = next().text();
      left = new SqlExpression.Binary(operator, left, multiplicative());
    }
    return left;
  }

  private SqlExpression multiplicative() {
    SqlExpression left = unary();
    while (peek().is("*") || peek().is("/") || peek().is("%")) {
      String operator = next().text();
      left = new SqlExpression.Binary(operator, left, unary());
    }
    return left;
  }

  private SqlExpression unary() {
    if (peek().is("-")) {
      position++;
      return new SqlExpression.Unary("-", unary());
    }
    if (peek().is("+")) {
      position++;
      return unary();
    }
    return primary();
  }

  private SqlExpression primary() {
    SqlToken token = next();
    switch (token.type()) {
      case STRING:
        return new SqlExpression.Literal(token.text());
      case NUMBER:
        try {
          return new SqlExpression.Literal(new BigDecimal(token.text()));
        } catch (NumberFormatException e) {
          throw S3Errors.SELECT_PARSE_EXPECTED_NUMBER.exception();
        }
      case QUOTED_IDENTIFIER:
        return path(token);
      case IDENTIFIER:
        break;
      case END:
        throw S3Errors.SELECT_PARSE_EXPECTED_EXPRESSION.exception();
      default:
        if (token.is("(")) {
          SqlExpression inner = expression(false);
          expect(")");
          return inner;
        }
        throw unexpected(token);
    }
    String word = token.upper();
    switch (word) {
      case "NULL":
        return new SqlExpression.Literal(null);
      case "MISSING":
        return new SqlExpression.Literal(SqlValues.MISSING);
      case "TRUE":
        return new SqlExpression.Literal(Boolean.TRUE);
      case "FALSE":
        return new SqlExpression.Literal(Boolean.FALSE);
      case "CAST":
        return cast();
      default:
        break;
    }
    if (RESERVED.contains(word)) {
      throw unexpected(token);
    }
    if (peek().is("(")) {
      if (AGGREGATES.contains(word)) {
        // An aggregate inside an expression, or in WHERE: S3 Select has no GROUP BY.
        throw S3Errors.SELECT_UNSUPPORTED_SQL_STRUCTURE.exception();
      }
      return function(word);
    }
    return path(token);
  }

  private SqlExpression cast() {
    expect("(");
    SqlExpression operand = expression(false);
    if (!next().isKeyword("AS")) {
      throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
    }
    SqlToken type = next();
    if (type.type() != SqlToken.Type.IDENTIFIER) {
      throw S3Errors.SELECT_PARSE_EXPECTED_TYPE_NAME.exception();
    }
    String name = type.upper();
    if (name.equals("DOUBLE") && peek().isKeyword("PRECISION")) {
      position++;
    }
    if (!Set.of(
            "STRING",
            "VARCHAR",
            "CHAR",
            "CHARACTER",
            "TEXT",
            "INT",
            "INTEGER",
            "BIGINT",
            "SMALLINT",
            "FLOAT",
            "REAL",
            "DOUBLE",
            "DECIMAL",
            "NUMERIC",
            "BOOL",
            "BOOLEAN")
        .contains(name)) {
      if (name.equals("TIMESTAMP")) {
        throw S3Errors.SELECT_UNSUPPORTED_SQL_STRUCTURE.exception();
      }
      throw S3Errors.SELECT_PARSE_EXPECTED_TYPE_NAME.exception();
    }
    expect(")");
    return new SqlExpression.Cast(operand, name);
  }

  private boolean isAggregateCall() {
    return peek().type() == SqlToken.Type.IDENTIFIER
        && AGGREGATES.contains(peek().upper())
        && tokens.get(position + 1).is("(");
  }

  private SqlExpression aggregate() {
    String name = next().upper();
    expect("(");
    SqlExpression argument;
    if (peek().is("*")) {
      if (!name.equals("COUNT")) {
        throw S3Errors.SELECT_PARSE_UNSUPPORTED_CALL_WITH_STAR.exception();
      }
      position++;
      argument = null;
    } else {
      argument = expression(false);
    }
    if (peek().is(",")) {
      throw S3Errors.SELECT_EVALUATOR_INVALID_ARGUMENTS.exception();
    }
    expect(")");
    return new SqlExpression.Aggregate(name, argument);
  }

  private SqlExpression function(String name) {
    int[] arity = SqlExpression.Function.arity(name);
    if (arity == null) {
      throw S3Errors.SELECT_UNSUPPORTED_FUNCTION.exception();
    }
    expect("(");
    List<SqlExpression> arguments = new ArrayList<>();
    if (!peek().is(")")) {
      arguments.add(expression(false));
      while (peek().is(",")) {
        position++;
        arguments.add(expression(false));
      }
    }
    expect(")");
    if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
      throw S3Errors.SELECT_EVALUATOR_INVALID_ARGUMENTS.exception();
    }
    return new SqlExpression.Function(name, arguments);
  }

  /** A path starting with {@code first}, the table alias (or {@code S3Object}) dropped. */
  private SqlExpression path(SqlToken first) {
    List<SqlExpression.Step> steps = new ArrayList<>();
    boolean quoted = first.type() == SqlToken.Type.QUOTED_IDENTIFIER;
    boolean isAlias =
        !quoted
            && (alias != null
                ? first.text().equalsIgnoreCase(alias)
                : first.text().equalsIgnoreCase("S3Object") && peek().is("."));
    if (!isAlias) {
      steps.add(new SqlExpression.Member(first.text(), quoted));
    }
    while (peek().is(".") || peek().is("[")) {
      if (next().is(".")) {
        steps.add(memberStep());
      } else if (peek().type() == SqlToken.Type.STRING) {
        steps.add(new SqlExpression.Member(next().text(), true));
        expect("]");
      } else {
        steps.add(indexStep());
      }
    }
    return new SqlExpression.Path(steps);
  }

  private SqlExpression.Step memberStep() {
    SqlToken name = next();
    if (name.type() == SqlToken.Type.IDENTIFIER) {
      return new SqlExpression.Member(name.text(), false);
    }
    if (name.type() == SqlToken.Type.QUOTED_IDENTIFIER) {
      return new SqlExpression.Member(name.text(), true);
    }
    throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
  }

  /** {@code n]} after a {@code [}. */
  private SqlExpression.Step indexStep() {
    SqlToken index = next();
    if (index.type() != SqlToken.Type.NUMBER) {
      throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
    }
    try {
      SqlExpression.Index step = new SqlExpression.Index(Integer.parseInt(index.text()));
      expect("]");
      return step;
    } catch (NumberFormatException e) {
      throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
    }
  }

  private String identifier(SqlToken token) {
    if (!isIdentifier(token)) {
      throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
    }
    return token.text();
  }

  private static boolean isIdentifier(SqlToken token) {
    return token.type() == SqlToken.Type.QUOTED_IDENTIFIER
        || (token.type() == SqlToken.Type.IDENTIFIER && !RESERVED.contains(token.upper()));
  }

  private void expect(String symbol) {
    SqlToken token = next();
    if (!token.is(symbol)) {
      if (token.type() == SqlToken.Type.END) {
        throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
      }
      throw unexpected(token);
    }
  }

  private static AwsException unexpected(SqlToken token) {
    if (token.type() == SqlToken.Type.END) {
      return S3Errors.SELECT_PARSE_EXPECTED_EXPRESSION.exception();
    }
    if (token.type() == SqlToken.Type.IDENTIFIER && RESERVED.contains(token.upper())) {
      return S3Errors.SELECT_PARSE_UNEXPECTED_KEYWORD.exception();
    }
    return S3Errors.SELECT_PARSE_UNEXPECTED_TOKEN.exception();
  }

  private SqlToken peek() {
    return tokens.get(position);
  }

  private SqlToken next() {
    SqlToken token = tokens.get(position);
    if (token.type() != SqlToken.Type.END) {
      position++;
    }
    return token;
  }
}
