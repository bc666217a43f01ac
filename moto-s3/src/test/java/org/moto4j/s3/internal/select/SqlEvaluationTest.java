package org.moto4j.s3.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.core.protocol.AwsException;

/**
 * WHERE clauses and projections over one CSV record: the operators, three-valued logic, LIKE
 * escapes, functions and casts of moto4j's S3 Select subset.
 */
class SqlEvaluationTest {

  private static final SelectRow ROW =
      new SelectRow.Csv(
          List.of("Alice", "34", "Paris", "", "10%"),
          List.of("name", "age", "city", "note", "rate"));

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "s.name = 'Alice' => true",
        "s.NAME = 'Alice' => true",
        "s.\"NAME\" = 'Alice' => ",
        "s._2 > 30 AND s._2 < 40 => true",
        "s.age BETWEEN 30 AND 34 => true",
        "s.age NOT BETWEEN 30 AND 34 => false",
        "s.city IN ('Oslo', 'Paris') => true",
        "s.city NOT IN ('Oslo', 'Rome') => true",
        "s.name LIKE 'A_i%' => true",
        "s.name NOT LIKE '%z%' => true",
        "s.rate LIKE '10!%' ESCAPE '!' => true",
        "s.missing IS MISSING => true",
        "s.missing IS NULL => true",
        "s.note IS NULL => false",
        "s.missing = 'x' OR s.name = 'Alice' => true",
        "s.missing = 'x' AND s.name = 'Alice' => ",
        "NOT (s.missing = 'x') => ",
        "(s.age + 6) * 2 = 80 => true",
        "s.age / 4 = 8 => true",
        "s.age % 5 = 4 => true",
        "LOWER(s.name) || UPPER(s.city) = 'alicePARIS' => true",
        "CHAR_LENGTH(s.city) = 5 => true",
        "SUBSTRING(s.name, 2, 3) = 'lic' => true",
        "COALESCE(s.missing, s.city) = 'Paris' => true",
        "NULLIF(s.city, 'Paris') IS NULL => true",
        "TRIM(' x ') = 'x' => true",
        "CAST(s.age AS DECIMAL) = 34.0 => true",
        "CAST(s.age AS STRING) = '34' => true",
        "CAST('true' AS BOOL) => true",
        "s.name <> 'Bob' AND s.name != 'Carol' => true",
        "s.name = 34 => false",
      })
  void where_clauses_evaluate_as_sql_does(String condition, Boolean expected) {
    SelectStatement statement = SqlParser.parse("SELECT * FROM S3Object s WHERE " + condition);

    assertThat(statement.where().evaluate(ROW)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "SELECT s.age * 1.5 FROM S3Object s => 51.0",
        "SELECT -s.age FROM S3Object s => -34",
        "SELECT CAST('7.9' AS INT) FROM S3Object => 7",
        "SELECT S3Object.city FROM S3Object => Paris",
        "SELECT city FROM S3Object AS t => Paris",
      })
  void projections_compute_values(String sql, String expected) {
    Object value = SqlParser.parse(sql).projections().get(0).expression().evaluate(ROW);

    assertThat(SqlValues.text(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "SELECT * FROM S3Object s WHERE s.a LIKE 'x!' ESCAPE '!'"
            + " => EvaluatorLikePatternInvalidEscapeSequence",
        "SELECT CAST(s.name AS INT) FROM S3Object s => CastFailed",
      })
  void evaluation_errors_name_the_select_error(String sql, String code) {
    SelectStatement statement = SqlParser.parse(sql);
    SelectRow row = new SelectRow.Csv(List.of("x"), List.of("a"));

    assertThatThrownBy(
            () -> {
              if (statement.where() != null) {
                statement.where().evaluate(row);
              } else {
                statement.projections().get(0).expression().evaluate(ROW);
              }
            })
        .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "SELECT * FROM S3Object s WHERE s.a = 1 GROUP BY s.a => ParseUnExpectedKeyword",
        "SELECT CAST(s.a AS BLOB) FROM S3Object s => ParseExpectedTypeName",
        "SELECT * FROM S3Object LIMIT x => ParseExpectedNumber",
        "SELECT * FROM Elsewhere => ParseUnexpectedToken",
        "SELECT * FROM S3Object.a => ParseInvalidPathComponent",
        "SELECT COUNT(s.a, s.b) FROM S3Object s => EvaluatorInvalidArguments",
        "SELECT * FROM S3Object WHERE COUNT(*) > 1 => UnsupportedSqlStructure",
        "SELECT * FROM S3Object WHERE s.a = 'open => ParseExpectedTokenType",
        "DELETE FROM S3Object => ParseUnexpectedToken",
      })
  void parse_errors_name_the_select_error(String sql, String code) {
    assertThatThrownBy(() -> SqlParser.parse(sql))
        .isInstanceOfSatisfying(AwsException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "SELECT COUNT(*), SUM(CAST(s.age AS INT)), AVG(CAST(s.age AS INT)) FROM S3Object s"
            + " => 3,6,2",
        "SELECT MIN(s.name), MAX(s.name), COUNT(s.note) FROM S3Object s => a,c,2",
      })
  void aggregates_combine_every_record(String sql, String expected) {
    SelectStatement statement = SqlParser.parse(sql);
    Aggregation aggregation = new Aggregation(statement.projections());
    List<String> header = List.of("name", "age", "note");
    aggregation.add(new SelectRow.Csv(List.of("b", "1", "x"), header));
    aggregation.add(new SelectRow.Csv(List.of("a", "2", "y"), header));
    aggregation.add(new SelectRow.Csv(List.of("c", "3"), header));

    assertThat(String.join(",", aggregation.results().stream().map(SqlValues::text).toList()))
        .isEqualTo(expected);
    assertThat(new BigDecimal("2").compareTo(new BigDecimal("2.0"))).isZero();
  }
}
