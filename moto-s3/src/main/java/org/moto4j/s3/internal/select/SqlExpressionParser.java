package org.moto4j.s3.internal.select;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moto4j.s3.S3Errors;

/**
 * Parses the expressions of an S3 Select statement by precedence climbing: {@code OR}, {@code AND},
 * {@code NOT}, comparisons and {@code LIKE/IN/BETWEEN/IS}, arithmetic, then literals, paths, {@code
 * CAST}, scalar function calls and (at the top of a select item) aggregates.
 */
final class SqlExpressionParser {

  private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX");
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

  private final SqlTokenStream tokens;
  private final String alias;

  /**
   * Reads from {@code tokens}; a path starting with {@code alias} (or, with no alias, {@code
   * S3Object.}) drops that first step.
   */
  SqlExpressionParser(SqlTokenStream tokens, String alias) {
    this.tokens = tokens;
    this.alias = alias;
  }

  // ---- expressions, loosest first ----

  /** An expression; a bare aggregate call only where {@code aggregateAllowed}. */
  SqlExpression expression(boolean aggregateAllowed) {
    if (aggregateAllowed && isAggregateCall()) {
      return aggregate();
    }
    return or();
  }

  private SqlExpression or() {
    SqlExpression left = and();
    while (tokens.peek().isKeyword("OR")) {
      tokens.skip();
      left = new SqlExpression.Binary("OR", left, and());
    }
    return left;
  }

  private SqlExpression and() {
    SqlExpression left = not();
    while (tokens.peek().isKeyword("AND")) {
      tokens.skip();
      left = new SqlExpression.Binary("AND", left, not());
    }
    return left;
  }

  private SqlExpression not() {
    if (tokens.peek().isKeyword("NOT")) {
      tokens.skip();
      return new SqlExpression.Unary("NOT", not());
    }
    return predicate();
  }

  private SqlExpression predicate() {
    SqlExpression left = additive();
    SqlToken token = tokens.peek();
    if (token.type() == SqlToken.Type.OPERATOR && COMPARISONS.contains(token.text())) {
      tokens.skip();
      return new SqlExpression.Binary(token.text(), left, additive());
    }
    if (token.isKeyword("IS")) {
      tokens.skip();
      boolean negated = false;
      if (tokens.peek().isKeyword("NOT")) {
        tokens.skip();
        negated = true;
      }
      SqlToken what = tokens.next();
      if (what.isKeyword("NULL")) {
        return new SqlExpression.IsAbsent(left, false, negated);
      }
      if (what.isKeyword("MISSING")) {
        return new SqlExpression.IsAbsent(left, true, negated);
      }
      throw SqlTokenStream.unexpected(what);
    }
    boolean negated = false;
    if (token.isKeyword("NOT")
        && (tokens.peek(1).isKeyword("LIKE")
            || tokens.peek(1).isKeyword("BETWEEN")
            || tokens.peek(1).isKeyword("IN"))) {
      tokens.skip();
      negated = true;
      token = tokens.peek();
    }
    if (token.isKeyword("LIKE")) {
      tokens.skip();
      SqlExpression pattern = additive();
      SqlExpression escape = null;
      if (tokens.peek().isKeyword("ESCAPE")) {
        tokens.skip();
        escape = additive();
      }
      return new SqlExpression.Like(left, pattern, escape, negated);
    }
    if (token.isKeyword("BETWEEN")) {
      tokens.skip();
      SqlExpression low = additive();
      if (!tokens.next().isKeyword("AND")) {
        throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
      }
      return new SqlExpression.Between(left, low, additive(), negated);
    }
    if (token.isKeyword("IN")) {
      tokens.skip();
      tokens.expect("(");
      List<SqlExpression> candidates = new ArrayList<>();
      candidates.add(expression(false));
      while (tokens.peek().is(",")) {
        tokens.skip();
        candidates.add(expression(false));
      }
      tokens.expect(")");
      return new SqlExpression.In(left, candidates, negated);
    }
    return left;
  }

  private SqlExpression additive() {
    SqlExpression left = multiplicative();
    while (tokens.peek().is("+") || tokens.peek().is("-") || tokens.peek().is("||")) {
      String operator = tokens.next().text();
      left = new SqlExpression.Binary(operator, left, multiplicative());
    }
    return left;
  }

  private SqlExpression multiplicative() {
    SqlExpression left = unary();
    while (tokens.peek().is("*") || tokens.peek().is("/") || tokens.peek().is("%")) {
      String operator = tokens.next().text();
      left = new SqlExpression.Binary(operator, left, unary());
    }
    return left;
  }

  private SqlExpression unary() {
    if (tokens.peek().is("-")) {
      tokens.skip();
      return new SqlExpression.Unary("-", unary());
    }
    if (tokens.peek().is("+")) {
      tokens.skip();
      return unary();
    }
    return primary();
  }

  private SqlExpression primary() {
    SqlToken token = tokens.next();
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
          tokens.expect(")");
          return inner;
        }
        throw SqlTokenStream.unexpected(token);
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
    if (SqlTokenStream.isReserved(word)) {
      throw SqlTokenStream.unexpected(token);
    }
    if (tokens.peek().is("(")) {
      if (AGGREGATES.contains(word)) {
        // An aggregate inside an expression, or in WHERE: S3 Select has no GROUP BY.
        throw S3Errors.SELECT_UNSUPPORTED_SQL_STRUCTURE.exception();
      }
      return function(word);
    }
    return path(token);
  }

  private SqlExpression cast() {
    tokens.expect("(");
    SqlExpression operand = expression(false);
    if (!tokens.next().isKeyword("AS")) {
      throw S3Errors.SELECT_PARSE_EXPECTED_TOKEN_TYPE.exception();
    }
    SqlToken type = tokens.next();
    if (type.type() != SqlToken.Type.IDENTIFIER) {
      throw S3Errors.SELECT_PARSE_EXPECTED_TYPE_NAME.exception();
    }
    String name = type.upper();
    if (name.equals("DOUBLE") && tokens.peek().isKeyword("PRECISION")) {
      tokens.skip();
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
    tokens.expect(")");
    return new SqlExpression.Cast(operand, name);
  }

  private boolean isAggregateCall() {
    return tokens.peek().type() == SqlToken.Type.IDENTIFIER
        && AGGREGATES.contains(tokens.peek().upper())
        && tokens.peek(1).is("(");
  }

  private SqlExpression aggregate() {
    String name = tokens.next().upper();
    tokens.expect("(");
    SqlExpression argument;
    if (tokens.peek().is("*")) {
      if (!name.equals("COUNT")) {
        throw S3Errors.SELECT_PARSE_UNSUPPORTED_CALL_WITH_STAR.exception();
      }
      tokens.skip();
      argument = null;
    } else {
      argument = expression(false);
    }
    if (tokens.peek().is(",")) {
      throw S3Errors.SELECT_EVALUATOR_INVALID_ARGUMENTS.exception();
    }
    tokens.expect(")");
    return new SqlExpression.Aggregate(name, argument);
  }

  private SqlExpression function(String name) {
    int[] arity = SqlExpression.Function.arity(name);
    if (arity == null) {
      throw S3Errors.SELECT_UNSUPPORTED_FUNCTION.exception();
    }
    tokens.expect("(");
    List<SqlExpression> arguments = new ArrayList<>();
    if (!tokens.peek().is(")")) {
      arguments.add(expression(false));
      while (tokens.peek().is(",")) {
        tokens.skip();
        arguments.add(expression(false));
      }
    }
    tokens.expect(")");
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
                : first.text().equalsIgnoreCase("S3Object") && tokens.peek().is("."));
    if (!isAlias) {
      steps.add(new SqlExpression.Member(first.text(), quoted));
    }
    while (tokens.peek().is(".") || tokens.peek().is("[")) {
      if (tokens.next().is(".")) {
        steps.add(memberStep(tokens));
      } else if (tokens.peek().type() == SqlToken.Type.STRING) {
        steps.add(new SqlExpression.Member(tokens.next().text(), true));
        tokens.expect("]");
      } else {
        steps.add(indexStep(tokens));
      }
    }
    return new SqlExpression.Path(steps);
  }

  /** A member name after a {@code .}; the FROM clause's path reads these too. */
  static SqlExpression.Step memberStep(SqlTokenStream tokens) {
    SqlToken name = tokens.next();
    if (name.type() == SqlToken.Type.IDENTIFIER) {
      return new SqlExpression.Member(name.text(), false);
    }
    if (name.type() == SqlToken.Type.QUOTED_IDENTIFIER) {
      return new SqlExpression.Member(name.text(), true);
    }
    throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
  }

  /** {@code n]} after a {@code [}; the FROM clause's path reads these too. */
  static SqlExpression.Step indexStep(SqlTokenStream tokens) {
    SqlToken index = tokens.next();
    if (index.type() != SqlToken.Type.NUMBER) {
      throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
    }
    try {
      SqlExpression.Index step = new SqlExpression.Index(Integer.parseInt(index.text()));
      tokens.expect("]");
      return step;
    } catch (NumberFormatException e) {
      throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
    }
  }
}
