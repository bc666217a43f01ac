package org.moto4j.benchmarks.load;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code threads} clients, each on its own keep-alive connection, send a
 * request as soon as the previous one is answered, for a warm-up then a measured window that all
 * clients share. Only requests started inside the window count; each one's latency is recorded.
 *
 * <pre>{@code
 * LoadResult put = ClosedLoopLoad.run(address, 16, Duration.ofSeconds(5), Duration.ofSeconds(10),
 *     (connection, worker, sequence) -> S3Wire.putObject(connection, "b", "k" + sequence, bytes));
 * }</pre>
 *
 * <p>A closed loop understates latency under overload (a slow answer delays the next request
 * instead of queueing it); at these client counts it measures what a test suite sees.
 */
public final class ClosedLoopLoad {

  private ClosedLoopLoad() {}

  /**
   * Runs the load and returns the window's numbers.
   *
   * @throws IllegalStateException when a request fails; every client stops at once
   */
  public static LoadResult run(
      InetSocketAddress address,
      int threads,
      Duration warmup,
      Duration window,
      LoadRequest request) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Workers.named("load"));
    try {
      CountDownLatch connected = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      AtomicBoolean failed = new AtomicBoolean();
      long[] phases = new long[2];
      List<Future<Worker>> futures = new ArrayList<>();
      AtomicInteger ids = new AtomicInteger();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  Worker worker = new Worker(ids.getAndIncrement());
                  try (HttpConnection connection = HttpConnection.open(address)) {
                    connected.countDown();
                    go.await();
                    worker.run(connection, request, phases[0], phases[1], failed);
                  } catch (Exception | Error e) {
                    failed.set(true);
                    connected.countDown();
                    throw e;
                  }
                  return worker;
                }));
      }
      connected.await();
      // written before go.countDown(), so every worker reads them after its await
      phases[0] = System.nanoTime() + warmup.toNanos();
      phases[1] = phases[0] + window.toNanos();
      go.countDown();

      LatencyHistogram latency = new LatencyHistogram();
      long requests = 0;
      long lastEnd = phases[0];
      for (Future<Worker> future : futures) {
        Worker worker = future.get();
        latency.add(worker.latency);
        requests += worker.requests;
        lastEnd = Math.max(lastEnd, worker.lastEnd);
      }
      return new LoadResult(threads, requests, lastEnd - phases[0], latency);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load request failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One client's loop and what it measured. */
  private static final class Worker {
    private final int id;
    private final LatencyHistogram latency = new LatencyHistogram();
    private long requests;
    private long lastEnd;

    Worker(int id) {
      this.id = id;
    }

    void run(
        HttpConnection connection,
        LoadRequest request,
        long warmupEnd,
        long windowEnd,
        AtomicBoolean failed)
        throws Exception {
      long sequence = 0;
      while (System.nanoTime() < warmupEnd && !failed.get()) {
        request.send(connection, id, sequence++);
      }
      for (long start = System.nanoTime();
          start < windowEnd && !failed.get();
          start = System.nanoTime()) {
        request.send(connection, id, sequence++);
        long end = System.nanoTime();
        latency.record(end - start);
        requests++;
        lastEnd = end;
      }
    }
  }
}
