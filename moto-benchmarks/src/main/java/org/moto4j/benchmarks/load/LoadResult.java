package org.moto4j.benchmarks.load;

/**
 * What a measured window saw: requests completed by {@code threads} clients over {@code
 * windowNanos}, and their latencies.
 */
public record LoadResult(int threads, long requests, long windowNanos, LatencyHistogram latency) {

  /** Completed requests per second over the window. */
  public double opsPerSecond() {
    return windowNanos == 0 ? 0 : requests * 1e9 / windowNanos;
  }

  /** The median latency in microseconds. */
  public double p50Micros() {
    return latency.percentile(50) / 1e3;
  }

  /** The 99th percentile latency in microseconds. */
  public double p99Micros() {
    return latency.percentile(99) / 1e3;
  }
}
