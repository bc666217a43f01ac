package org.moto4j.benchmarks.s3;

import java.util.Locale;

/** Progress lines on stderr, so stdout holds only the report. */
final class Progress {

  private Progress() {}

  static void say(String format, Object... args) {
    System.err.println("[S3Benchmark] " + String.format(Locale.ROOT, format, args));
  }
}
