package org.moto4j.benchmarks;

import java.util.Map;
import java.util.SplittableRandom;
import org.moto4j.benchmarks.report.RunHeader;
import org.moto4j.benchmarks.s3.BenchmarkOptions;
import org.moto4j.benchmarks.s3.EnforcementCost;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * The cost of IAM access control on the S3 data path, printed as markdown for BENCHMARKS.md: signed
 * PUT and GET of 1 KiB objects at 1 and 16 client threads with enforcement off and on. Progress
 * goes to stderr, the report to stdout. Takes S3Benchmark's timing options.
 *
 * <pre>
 * java -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.AccessControlBenchmark
 * java -cp moto-benchmarks/target/benchmarks.jar org.moto4j.benchmarks.AccessControlBenchmark --smoke
 * </pre>
 */
public final class AccessControlBenchmark {

  private AccessControlBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("AccessControlBenchmark: " + e.getMessage());
      System.err.print(BenchmarkOptions.usage());
      System.exit(2);
      return;
    }
    byte[] payload = new byte[1024];
    new SplittableRandom(42).nextBytes(payload);
    // An empty configuration: the environment of the machine must not change what is measured.
    try (MotoServer server =
        MotoServer.builder().port(0).config(new MotoConfig(Map.of())).build().start()) {
      String table =
          new EnforcementCost(options, payload)
              .run(server.address(), server.moto().accessControl());
      System.out.print(
          RunHeader.render(
                  "IAM access control on the S3 data path",
                  "Server and clients in one JVM over loopback; clients are raw HTTP/1.1 keep-alive"
                      + " connections sending SigV4-signed path-style requests.",
                  AccessControlBenchmark.class.getName(),
                  String.join(" ", args))
              + "\n"
              + table);
      System.out.flush();
    }
  }
}
