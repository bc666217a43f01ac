package org.moto4j.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed amount of work: requests {@code 0..count-1} spread over {@code threads} keep-alive
 * connections, each index sent exactly once. Fills buckets before a measurement.
 */
public final class IndexedBatch {

  private IndexedBatch() {}

  /** One indexed request. */
  @FunctionalInterface
  public interface IndexedRequest {
    /** Sends request {@code index} and checks its answer. */
    void send(HttpConnection connection, long index) throws IOException;
  }

  /**
   * Sends every index once and returns the elapsed nanoseconds.
   *
   * @throws IllegalStateException when a request fails; the others stop at once
   */
  public static long run(
      InetSocketAddress address, int threads, long count, IndexedRequest request) {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Workers.named("batch"));
    try {
      AtomicLong next = new AtomicLong();
      AtomicBoolean failed = new AtomicBoolean();
      List<Future<Void>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  try (HttpConnection connection = HttpConnection.open(address)) {
                    for (long index = next.getAndIncrement();
                        index < count && !failed.get();
                        index = next.getAndIncrement()) {
                      request.send(connection, index);
                    }
                  } catch (Exception | Error e) {
                    failed.set(true);
                    throw e;
                  }
                  return null;
                }));
      }
      for (Future<Void> future : futures) {
        future.get();
      }
      return System.nanoTime() - start;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch request failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
