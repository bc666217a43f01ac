package org.moto4j.benchmarks.s3;

import java.util.Map;
import java.util.SplittableRandom;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/**
 * Runs the chosen measurements against a fresh moto4j and an empty Jetty handler, resetting moto4j
 * between them, and collects the report. A section that fails is reported as failed and the next
 * one still runs.
 */
public final class S3Measurements {

  private final BenchmarkOptions options;
  private final byte[] payload = new byte[SmallObjectLoad.OBJECT_SIZE];

  public S3Measurements(BenchmarkOptions options) {
    this.options = options;
    new SplittableRandom(42).nextBytes(payload);
  }

  /**
   * Measures and returns the report.
   *
   * @param args the command line, shown in the report
   */
  public Result run(String mainClass, String... args) throws Exception {
    S3Report report = new S3Report(args);
    // An empty configuration: the environment of the machine must not change what is measured.
    try (MotoServer server =
            MotoServer.builder().port(0).config(new MotoConfig(Map.of())).build().start();
        EmptyJettyServer empty = EmptyJettyServer.start(payload)) {
      Target moto = new Target("moto4j", server.address());
      for (String section : options.sections()) {
        Progress.say("section %s", section);
        try {
          report.add(
              switch (section) {
                case "objects" -> new SmallObjectLoad(options, payload).run(moto, empty.target());
                case "list" -> new ListingLoad(options, payload).run(moto);
                case "heap" -> new HeapFootprint(options, payload).run(server, moto);
                case "multipart" -> new MultipartThroughput(options).run(moto);
                default -> throw new IllegalArgumentException("unknown section " + section);
              });
        } catch (IllegalStateException e) {
          Progress.say("section %s failed: %s", section, e);
          report.failed(section, e);
        } finally {
          server.moto().reset();
        }
      }
    }
    return new Result(report.render(mainClass), report.succeeded());
  }

  /** The markdown report, and whether every section measured or skipped. */
  public record Result(String markdown, boolean succeeded) {}
}
