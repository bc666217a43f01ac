package org.moto4j.s3.internal.select;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;

/**
 * Parses the SQL subset moto4j's S3 Select runs: {@code SELECT} {@code *} or expressions with
 * aliases, {@code FROM S3Object[*].path [alias]}, {@code WHERE} with comparisons, {@code
 * AND/OR/NOT}, {@code LIKE}, {@code IS [NOT] NULL/MISSING}, {@code BETWEEN}, {@code IN},
 * arithmetic, {@code CAST}, a few scalar functions, aggregates (COUNT, SUM, AVG, MIN, MAX), and
 * {@code LIMIT}. Errors carry the codes S3 documents for SELECT Object Content.
 *
 * <p>This class reads the statement's clauses; {@link SqlExpressionParser} reads the expressions
 * within them from the same {@link SqlTokenStream}.
 */
final class SqlParser {

  private final SqlTokenStream tokens;
  private String alias;
  private SqlExpressionParser expressions;

  private SqlParser(List<SqlToken> tokens) {
    this.tokens = new SqlTokenStream(tokens);
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
    if (!tokens.peek().isKeyword("SELECT")) {
      throw SqlTokenStream.unexpected(tokens.peek());
    }
    // The alias is declared after the list that uses it: read the FROM clause first.
    int from = findFrom();
    tokens.seek(from + 1);
    FromClause source = fromClause();
    int afterFrom = tokens.position();
    alias = source.alias();
    expressions = new SqlExpressionParser(tokens, alias);

    tokens.seek(1);
    List<SelectStatement.Projection> projections = selectList();
    if (tokens.position() != from) {
      throw SqlTokenStream.unexpected(tokens.peek());
    }
    tokens.seek(afterFrom);
    if (tokens.peek().is(",") || tokens.peek().isKeyword("JOIN")) {
      throw S3Errors.SELECT_PARSE_MALFORMED_JOIN.exception();
    }
    SqlExpression where = null;
    if (tokens.peek().isKeyword("WHERE")) {
      tokens.skip();
      where = expressions.expression(false);
    }
    long limit = -1;
    if (tokens.peek().isKeyword("LIMIT")) {
      tokens.skip();
      limit = limit();
    }
    if (tokens.peek().type() != SqlToken.Type.END) {
      throw SqlTokenStream.unexpected(tokens.peek());
    }
    return new SelectStatement(projections, source.path(), source.unnest(), where, limit);
  }

  private int findFrom() {
    int from = tokens.indexOfTopLevelKeyword("FROM", 1);
    if (from < 0) {
      throw S3Errors.SELECT_PARSE_MISSING_FROM.exception();
    }
    return from;
  }

  private record FromClause(List<SqlExpression.Step> path, boolean unnest, String alias) {}

  private FromClause fromClause() {
    SqlToken table = tokens.next();
    if (table.type() != SqlToken.Type.IDENTIFIER || !table.text().equalsIgnoreCase("S3Object")) {
      throw SqlTokenStream.unexpected(table);
    }
    List<SqlExpression.Step> path = new ArrayList<>();
    boolean unnest = false;
    boolean wildcardSeen = false;
    while (tokens.peek().is("[") || tokens.peek().is(".")) {
      if (unnest) {
        throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
      }
      if (tokens.next().is("[")) {
        if (tokens.peek().is("*")) {
          tokens.skip();
          tokens.expect("]");
          if (wildcardSeen) {
            unnest = true;
          }
          wildcardSeen = true;
        } else {
          path.add(SqlExpressionParser.indexStep(tokens));
        }
      } else {
        if (!wildcardSeen) {
          throw S3Errors.SELECT_PARSE_INVALID_PATH_COMPONENT.exception();
        }
        path.add(SqlExpressionParser.memberStep(tokens));
      }
    }
    String name = null;
    if (tokens.peek().isKeyword("AS")) {
      tokens.skip();
      name = SqlTokenStream.identifier(tokens.next());
    } else if (SqlTokenStream.isIdentifier(tokens.peek())) {
      name = SqlTokenStream.identifier(tokens.next());
    }
    return new FromClause(path, unnest, name);
  }

  private List<SelectStatement.Projection> selectList() {
    if (tokens.peek().isKeyword("FROM")) {
      throw S3Errors.SELECT_PARSE_EMPTY_SELECT.exception();
    }
    List<SelectStatement.Projection> projections = new ArrayList<>();
    boolean star = false;
    boolean aggregate = false;
    do {
      if (!projections.isEmpty() || star) {
        tokens.skip(); // the comma
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
      SqlExpression expression = expressions.expression(true);
      String name = null;
      if (tokens.peek().isKeyword("AS")) {
        tokens.skip();
        name = SqlTokenStream.identifier(tokens.next());
      } else if (SqlTokenStream.isIdentifier(tokens.peek())) {
        name = SqlTokenStream.identifier(tokens.next());
      }
      boolean isAggregate = expression instanceof SqlExpression.Aggregate;
      if (!projections.isEmpty() && isAggregate != aggregate) {
        // Without GROUP BY, aggregates cannot sit beside per-record values.
        throw S3Errors.SELECT_UNSUPPORTED_SQL_STRUCTURE.exception();
      }
      aggregate = isAggregate;
      projections.add(new SelectStatement.Projection(expression, name));
    } while (tokens.peek().is(","));
    return projections;
  }

  /** {@code *}, or {@code alias.*}, consumed. */
  private boolean isStar() {
    if (tokens.peek().is("*")) {
      tokens.skip();
      return true;
    }
    if (alias != null
        && SqlTokenStream.isIdentifier(tokens.peek())
        && tokens.peek().text().equalsIgnoreCase(alias)
        && tokens.peek(1).is(".")
        && tokens.peek(2).is("*")) {
      tokens.seek(tokens.position() + 3);
      return true;
    }
    return false;
  }

  private long limit() {
    boolean negative = false;
    if (tokens.peek().is("-")) {
      tokens.skip();
      negative = true;
    }
    SqlToken number = tokens.next();
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
}
