package org.moto4j.s3.internal.select;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.moto4j.s3.S3Errors;

/** The running COUNT, SUM, AVG, MIN and MAX of an aggregate query: one result for all records. */
final class Aggregation {

  private final List<SqlExpression.Aggregate> aggregates;
  private final long[] counts;
  private final Object[] values;

  Aggregation(List<SelectStatement.Projection> projections) {
    aggregates = new ArrayList<>();
    for (SelectStatement.Projection projection : projections) {
      aggregates.add((SqlExpression.Aggregate) projection.expression());
    }
    counts = new long[aggregates.size()];
    values = new Object[aggregates.size()];
  }

  /**
   * Adds a record that passed the filter.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code CastFailed}: SUM or AVG of a value that is
   *     not a number
   */
  void add(SelectRow row) {
    for (int i = 0; i < aggregates.size(); i++) {
      SqlExpression.Aggregate aggregate = aggregates.get(i);
      if (aggregate.argument() == null) {
        counts[i]++;
        continue;
      }
      Object value = aggregate.argument().evaluate(row);
      if (SqlValues.isAbsent(value)) {
        continue;
      }
      counts[i]++;
      values[i] = combine(aggregate.name(), values[i], value);
    }
  }

  /** The results, in the order of the SELECT list. */
  List<Object> results() {
    List<Object> results = new ArrayList<>();
    for (int i = 0; i < aggregates.size(); i++) {
      String name = aggregates.get(i).name();
      if (name.equals("COUNT")) {
        results.add(BigDecimal.valueOf(counts[i]));
      } else if (name.equals("AVG")) {
        results.add(
            counts[i] == 0
                ? null
                : ((BigDecimal) values[i])
                    .divide(BigDecimal.valueOf(counts[i]), MathContext.DECIMAL64)
                    .stripTrailingZeros());
      } else {
        results.add(values[i]);
      }
    }
    return results;
  }

  private static Object combine(String name, Object current, Object value) {
    switch (name) {
      case "SUM", "AVG":
        {
          BigDecimal number = SqlValues.number(value);
          if (number == null) {
            throw S3Errors.SELECT_CAST_FAILED.exception();
          }
          return current == null ? number : ((BigDecimal) current).add(number);
        }
      case "MIN", "MAX":
        {
          if (current == null) {
            return value;
          }
          Integer order = SqlValues.compare(value, current);
          if (order == null) {
            return current;
          }
          boolean better = name.equals("MIN") ? order < 0 : order > 0;
          return better ? value : current;
        }
      default:
        return current;
    }
  }
}
