package org.moto4j.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Startup time, each run in a fresh JVM: from {@code MotoServer.builder()} to the first answered
 * request (embedded), and from launching {@code java -jar} to the first answered request
 * (standalone). Prints every run and the median.
 *
 * <pre>
 * java -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.StartupBenchmark \
 *     [runs] [path/to/moto-standalone.jar]
 * </pre>
 */
public final class StartupBenchmark {

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path jar =
        Path.of(
            args.length > 1
                ? args[1]
                : "moto-standalone/target/moto-standalone-0.1.0-SNAPSHOT.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    List<Double> embedded = new ArrayList<>();
    List<Double> fromStart = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Process probe =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  EmbeddedStartupProbe.class.getName())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      probe.waitFor(60, TimeUnit.SECONDS);
      double ms = millis(out, "from_builder_ns=");
      double startMs = millis(out, "from_start_ns=");
      embedded.add(ms);
      fromStart.add(startMs);
      System.out.printf(
          "embedded   run %d: %.0f ms from builder(), %.0f ms from start()%n", i + 1, ms, startMs);
    }

    List<Double> standalone = new ArrayList<>();
    if (Files.isRegularFile(jar)) {
      for (int i = 0; i < runs; i++) {
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        long start = System.nanoTime();
        Process server =
            new ProcessBuilder(java, "-jar", jar.toString(), "--port", String.valueOf(port))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
          while (!FirstRequest.answered(endpoint)) {
            if (!server.isAlive()) {
              throw new IllegalStateException("the standalone server exited early");
            }
            Thread.sleep(2);
          }
          double ms = (System.nanoTime() - start) / 1e6;
          standalone.add(ms);
          System.out.printf("java -jar   run %d: %.0f ms%n", i + 1, ms);
        } finally {
          server.destroy();
          server.waitFor(30, TimeUnit.SECONDS);
        }
      }
    } else {
      System.out.println("no standalone jar at " + jar + "; build it with mvn package first");
    }

    System.out.printf(
        "%nmedian of %d runs: embedded %.0f ms from builder(), %.0f ms from start(); java -jar %s%n",
        runs,
        median(embedded),
        median(fromStart),
        standalone.isEmpty() ? "n/a" : String.format("%.0f ms", median(standalone)));
  }

  private static double millis(String output, String prefix) {
    String line = output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    return Long.parseLong(line.substring(prefix.length())) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
