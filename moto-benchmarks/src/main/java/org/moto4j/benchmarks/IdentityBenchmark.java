package org.moto4j.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.moto4j.benchmarks.identity.IdentityLoad;
import org.moto4j.benchmarks.report.RunHeader;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * IAM and STS under load, printed as markdown for BENCHMARKS.md: {@code CreateUser + ListUsers} and
 * {@code AssumeRole + GetCallerIdentity} at 1 and 16 client threads. Progress goes to stderr, the
 * report to stdout.
 *
 * <pre>
 * java -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.IdentityBenchmark
 * java -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.IdentityBenchmark --smoke
 * </pre>
 */
public final class IdentityBenchmark {

  private static final String USAGE =
      """
      IdentityBenchmark [options]   (client and server in this JVM, over loopback)
        --smoke              short run: 0.5 s warm-up, 1.5 s windows
        --warmup SECONDS     warm-up before each window (default 5)
        --window SECONDS     measured window (default 10)
        --threads 1,16       client threads
      """;

  private IdentityBenchmark() {}

  public static void main(String[] args) throws Exception {
    Duration warmup = Duration.ofSeconds(5);
    Duration window = Duration.ofSeconds(10);
    List<Integer> threads = List.of(1, 16);
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--help", "-h" -> {
            System.out.print(USAGE);
            return;
          }
          case "--smoke" -> {
            warmup = Duration.ofMillis(500);
            window = Duration.ofMillis(1500);
          }
          case "--warmup" -> warmup = seconds(value(args, ++i));
          case "--window" -> window = seconds(value(args, ++i));
          case "--threads" ->
              threads = Arrays.stream(value(args, ++i).split(",")).map(Integer::valueOf).toList();
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("IdentityBenchmark: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    // An empty configuration: the environment of the machine must not change what is measured.
    try (MotoServer server =
        MotoServer.builder().port(0).config(new MotoConfig(Map.of())).build().start()) {
      String table = new IdentityLoad(server, warmup, window).run(threads);
      System.out.print(
          RunHeader.render(
                  "IAM and STS",
                  "Server and clients in one JVM over loopback; clients are raw HTTP/1.1"
                      + " keep-alive connections sending signed query-protocol requests.",
                  IdentityBenchmark.class.getName(),
                  String.join(" ", args))
              + "\n"
              + table);
    }
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }

  private static Duration seconds(String value) {
    return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
  }
}
