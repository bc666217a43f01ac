package org.moto4j.benchmarks;

import org.moto4j.servlet.MotoServer;

/**
 * Run in a fresh JVM by {@link StartupBenchmark}: builds and starts a {@link MotoServer} and prints
 * the nanoseconds to the first answered request from just before {@code MotoServer.builder()}
 * (services discovered and wired) and from just before {@code start()}.
 */
public final class EmbeddedStartupProbe {

  private EmbeddedStartupProbe() {}

  public static void main(String[] args) {
    long built = System.nanoTime();
    MotoServer server = MotoServer.builder().port(0).build();
    long started = System.nanoTime();
    try (MotoServer running = server.start()) {
      while (!FirstRequest.answered(running.endpoint())) {
        Thread.onSpinWait();
      }
      long answered = System.nanoTime();
      System.out.println("from_builder_ns=" + (answered - built));
      System.out.println("from_start_ns=" + (answered - started));
    }
  }
}
