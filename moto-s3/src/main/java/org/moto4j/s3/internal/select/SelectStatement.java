package org.moto4j.s3.internal.select;

import java.util.List;

/**
 * A parsed {@code SELECT ... FROM S3Object ... [WHERE ...] [LIMIT n]}.
 *
 * @param projections what each result record holds; empty for {@code SELECT *}
 * @param source the path after {@code S3Object[*]} whose values are the records (JSON), empty for
 *     the top-level values
 * @param unnest whether the source path ends in {@code [*]}: its array's elements are the records
 * @param where the filter, or {@code null}
 * @param limit the most records answered, or {@code -1}
 */
record SelectStatement(
    List<Projection> projections,
    List<SqlExpression.Step> source,
    boolean unnest,
    SqlExpression where,
    long limit) {

  /**
   * One item of the SELECT list.
   *
   * @param expression what it computes
   * @param alias its {@code AS} name, or {@code null}
   */
  record Projection(SqlExpression expression, String alias) {}

  /** Whether the list holds aggregates (COUNT, SUM…): one result record for all input. */
  boolean isAggregate() {
    return !projections.isEmpty()
        && projections.get(0).expression() instanceof SqlExpression.Aggregate;
  }
}
