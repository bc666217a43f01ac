package org.moto4j.benchmarks.load;

/**
 * Request latencies in nanoseconds, in log-linear buckets as HdrHistogram keeps them: 256 linear
 * buckets per power of two, so a reported percentile is within 0.2% of the true value, at a fixed
 * 60 KB whatever the count. One per worker thread (not thread-safe), merged at the end.
 */
public final class LatencyHistogram {

  /** Linear buckets per power of two: 2^8, a relative error under 1/512. */
  private static final int SUB_BITS = 8;

  private static final int SUB_BUCKETS = 1 << SUB_BITS;

  /** The largest value told apart, about 68 s; longer ones count as this. */
  static final long MAX_VALUE = (1L << 36) - 1;

  private static final int GROUPS = 36 - SUB_BITS + 1;

  private final long[] counts = new long[GROUPS * SUB_BUCKETS];
  private long total;
  private long sum;
  private long min = Long.MAX_VALUE;
  private long max;

  /** Records one latency; negative values count as zero, huge ones as {@link #MAX_VALUE}. */
  public void record(long nanos) {
    long value = Math.min(Math.max(nanos, 0), MAX_VALUE);
    counts[index(value)]++;
    total++;
    sum += value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  /** Adds every value another histogram recorded. */
  public void add(LatencyHistogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** How many values were recorded. */
  public long count() {
    return total;
  }

  /** The mean in nanoseconds, 0 when empty. */
  public double mean() {
    return total == 0 ? 0 : (double) sum / total;
  }

  /** The largest recorded value, exact. */
  public long max() {
    return max;
  }

  /**
   * The value below or at which {@code percentile} percent of the recorded values fall (the
   * nearest-rank definition), as the middle of its bucket; exact at 0 and 100; 0 when empty.
   */
  public long percentile(double percentile) {
    if (percentile < 0 || percentile > 100) {
      throw new IllegalArgumentException("percentile must be 0-100, got " + percentile);
    }
    if (total == 0) {
      return 0;
    }
    if (percentile == 0) {
      return min;
    }
    if (percentile == 100) {
      return max;
    }
    long rank = Math.max(1, (long) Math.ceil(percentile / 100 * total));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(Math.max(middle(i), min), max);
      }
    }
    return max;
  }

  /** Group 0 holds values below 256 one by one; group g the values whose top bit is 7 + g. */
  static int index(long value) {
    if (value < SUB_BUCKETS) {
      return (int) value;
    }
    int topBit = 63 - Long.numberOfLeadingZeros(value);
    int group = topBit - SUB_BITS + 1;
    int mantissa = (int) ((value >>> (topBit - SUB_BITS)) & (SUB_BUCKETS - 1));
    return group * SUB_BUCKETS + mantissa;
  }

  /** The middle of the values bucket {@code index} holds. */
  static long middle(int index) {
    int group = index >>> SUB_BITS;
    long mantissa = index & (SUB_BUCKETS - 1);
    if (group == 0) {
      return mantissa;
    }
    int topBit = group + SUB_BITS - 1;
    int shift = topBit - SUB_BITS;
    long lowest = (1L << topBit) | (mantissa << shift);
    return lowest + ((1L << shift) >>> 1);
  }
}
