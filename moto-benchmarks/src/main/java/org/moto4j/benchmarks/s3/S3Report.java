package org.moto4j.benchmarks.s3;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.benchmarks.report.RunHeader;

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
    StringBuilder out =
        new StringBuilder(
            RunHeader.render(
                "S3 data path",
                "Server and clients in one JVM over loopback; clients are raw HTTP/1.1 keep-alive"
                    + " connections sending unsigned path-style requests.",
                mainClass,
                arguments));
    for (ReportSection section : sections) {
      out.append('\n').append(section.render());
    }
    return out.toString();
  }
}
