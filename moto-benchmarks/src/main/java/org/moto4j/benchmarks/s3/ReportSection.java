package org.moto4j.benchmarks.s3;

/** One measurement's part of the report: a heading and its markdown (a table and notes). */
record ReportSection(String title, String markdown) {

  /** A section that could not be measured, saying why. */
  static ReportSection skipped(String title, String reason) {
    return new ReportSection(title, "_Skipped: " + reason + "_\n");
  }

  String render() {
    return "### " + title + "\n\n" + markdown;
  }
}
