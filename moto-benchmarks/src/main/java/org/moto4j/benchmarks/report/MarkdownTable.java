package org.moto4j.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A markdown table, rendered with numbers right-aligned, ready to paste into BENCHMARKS.md. */
public final class MarkdownTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  public MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      out.append(i == 0 ? "---|" : "---:|");
    }
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  /** Operations per second, whole. */
  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  /** A latency in microseconds: one decimal below 100 µs, whole above. */
  public static String micros(double micros) {
    return String.format(Locale.ROOT, micros < 100 ? "%.1f" : "%,.0f", micros);
  }

  /** A latency in milliseconds, two decimals. */
  public static String millis(double micros) {
    return String.format(Locale.ROOT, "%.2f", micros / 1e3);
  }

  /** A ratio, two decimals. */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  /** A count with thousands separators. */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
