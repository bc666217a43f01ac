package org.moto4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  @Property
  void a_percentile_is_within_a_fifth_of_a_percent_of_the_exact_nearest_rank(
      @ForAll @Size(min = 1, max = 500)
          List<@LongRange(min = 0, max = 60_000_000_000L) Long> values,
      @ForAll @DoubleRange(min = 0, max = 100) double percentile) {
    LatencyHistogram histogram = new LatencyHistogram();
    values.forEach(histogram::record);
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    long rank = Math.max(1, (long) Math.ceil(percentile / 100 * sorted.length));
    long exact = sorted[(int) rank - 1];

    assertThat((double) histogram.percentile(percentile))
        .isCloseTo(exact, within(exact / 500.0 + 0.5));
  }

  @Property
  void every_value_falls_in_the_bucket_whose_middle_is_nearest(
      @ForAll @LongRange(min = 0, max = LatencyHistogram.MAX_VALUE) long value) {
    long middle = LatencyHistogram.middle(LatencyHistogram.index(value));

    assertThat((double) middle).isCloseTo(value, within(value / 500.0 + 0.5));
  }

  @Test
  void merged_histograms_answer_as_one_that_saw_everything() {
    LatencyHistogram first = new LatencyHistogram();
    LatencyHistogram second = new LatencyHistogram();
    LatencyHistogram both = new LatencyHistogram();
    for (long value = 1; value <= 10_000; value++) {
      (value % 3 == 0 ? first : second).record(value * 1_000);
      both.record(value * 1_000);
    }
    first.add(second);

    assertThat(first.count()).isEqualTo(10_000);
    assertThat(first.mean()).isEqualTo(both.mean());
    assertThat(Arrays.asList(first.percentile(50), first.percentile(99), first.max()))
        .containsExactly(both.percentile(50), both.percentile(99), both.max());
    assertThat(first.percentile(50)).isCloseTo(5_000_000, within(10_000L));
  }

  @Test
  void an_empty_histogram_answers_zero() {
    assertThat(new LatencyHistogram().percentile(99)).isZero();
    assertThat(new LatencyHistogram().mean()).isZero();
  }
}
