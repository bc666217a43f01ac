package org.moto4j.s3.internal.objects;

import java.util.Locale;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;

/** Reads the {@code Range} header as S3 does. */
final class RangeHeaders {

  private RangeHeaders() {}

  /**
   * {@code [first, last]} with {@code last} -1 for "to the end", {@code [-1, n]} for the last n
   * bytes, or {@code null} when S3 would ignore the header: another unit, several ranges, no
   * numbers, or a last byte before the first.
   */
  static long[] parse(String header) {
    String text = header.trim();
    if (!text.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
      return null;
    }
    String spec = text.substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (spec.indexOf(',') >= 0 || dash < 0) {
      return null;
    }
    String from = spec.substring(0, dash).trim();
    String to = spec.substring(dash + 1).trim();
    if (from.isEmpty()) {
      long suffix = number(to);
      return suffix < 0 ? null : new long[] {-1, suffix};
    }
    long first = number(from);
    if (first < 0) {
      return null;
    }
    if (to.isEmpty()) {
      return new long[] {first, -1};
    }
    long last = number(to);
    return last < first ? null : new long[] {first, last};
  }

  /** 416 InvalidRange, with the range as sent and a {@code Content-Range: bytes *}/size header. */
  static AwsException unsatisfiable(String header, long size) {
    return S3Errors.INVALID_RANGE
        .exception()
        .with("RangeRequested", header)
        .with("ActualObjectSize", Long.toString(size))
        .withHeader("Content-Range", "bytes */" + size);
  }

  /** A decimal number, saturating at Long.MAX_VALUE; -1 unless all digits. */
  private static long number(String digits) {
    if (digits.isEmpty()) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
    }
    return value;
  }
}
