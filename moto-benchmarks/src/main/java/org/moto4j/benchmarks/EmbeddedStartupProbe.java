package org.moto4j.benchmarks;

import org.moto4j.servlet.MotoServer;

/**
 * Run in a fresh JVM by {@link StartupBenchmark}: builds and starts a {@link MotoServer} and prints
 * the nanoseconds from just before {@code MotoServer.builder()} to the first answered request.
 */
public final class EmbeddedStartupProbe {

  private EmbeddedStartupProbe() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    try (MotoServer server = MotoServer.builder().port(0).build().start()) {
      while (!FirstRequest.answered(server.endpoint())) {
        Thread.onSpinWait();
      }
      long elapsed = System.nanoTime() - start;
      System.out.println("elapsed_ns=" + elapsed);
    }
  }
}
