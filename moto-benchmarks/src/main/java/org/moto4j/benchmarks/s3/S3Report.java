package org.moto4j.benchmarks.s3;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The markdown block S3Benchmark prints: where and how it was measured, the exact command, then one
 * section per measurement.
 */
final class S3Report {

  private final String arguments;
  private final List<ReportSection> sections = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  S3Report(String... args) {
    this.arguments = String.join(" ", args);
  }

  void add(ReportSection section) {
    sections.add(section);
  }

  void failed(String section, Throwable failure) {
    failures.add(section);
    sections.add(
        new ReportSection(
            section, "_Failed: " + String.valueOf(failure).replace('\n', ' ') + "_\n"));
  }

  /** Whether every section measured or skipped, none failed. */
  boolean succeeded() {
    return failures.isEmpty();
  }

  String render(String mainClass) {
    Runtime runtime = Runtime.getRuntime();
    String jvmOptions =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(option -> option.startsWith("-X") || option.startsWith("-D"))
            .collect(Collectors.joining(" "));
    StringBuilder out = new StringBuilder();
    out.append("## S3 data path\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Measured %s on %d cores, %s %s, Java %s (%s), max heap %d MiB. Server and clients"
                    + " in one JVM over loopback; clients are raw HTTP/1.1 keep-alive connections"
                    + " sending unsigned path-style requests.%n%n",
                LocalDate.now(),
                runtime.availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                runtime.maxMemory() >> 20))
        .append("```\n")
        .append("java ")
        .append(jvmOptions.isEmpty() ? "" : jvmOptions + " ")
        .append("-cp moto-benchmarks/target/benchmarks.jar ")
        .append(mainClass)
        .append(arguments.isEmpty() ? "" : " " + arguments)
        .append("\n```\n");
    for (ReportSection section : sections) {
      out.append('\n').append(section.render());
    }
    return out.toString();
  }
}
