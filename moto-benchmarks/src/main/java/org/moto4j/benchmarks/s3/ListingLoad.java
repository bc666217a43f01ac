package org.moto4j.benchmarks.s3;

import java.io.IOException;
import java.util.Locale;
import org.moto4j.benchmarks.load.ClosedLoopLoad;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.IndexedBatch;
import org.moto4j.benchmarks.load.LoadResult;
import org.moto4j.benchmarks.report.MarkdownTable;

/**
 * A ListObjectsV2 page of 1,000 keys from buckets of each size, one client: the first page, and in
 * a bucket bigger than a page also one from its middle ({@code start-after}), since a sorted
 * listing should cost the same wherever it starts. The buckets are filled through moto4j's HTTP API
 * by concurrent PUTs of 1 KiB objects.
 */
final class ListingLoad {

  static final int PAGE = 1000;

  private final BenchmarkOptions options;
  private final byte[] payload;

  ListingLoad(BenchmarkOptions options, byte[] payload) {
    this.options = options;
    this.payload = payload;
  }

  ReportSection run(Target moto) {
    MarkdownTable table =
        new MarkdownTable(
            "bucket keys", "page", "ops/s", "p50 ms", "p99 ms", "ops/s vs first bucket's page");
    StringBuilder notes = new StringBuilder();
    LoadResult reference = null;
    for (int keys : options.listBuckets()) {
      String bucket = "list-" + keys;
      double fillRate = fill(moto, bucket, keys);
      notes.append(
          String.format(
              Locale.ROOT,
              "Filling the %,d-key bucket ran at %,.0f PUT/s (%d connections).%n",
              keys,
              fillRate,
              options.fillThreads()));
      LoadResult first = measure(moto, bucket, keys, null);
      reference = reference == null ? first : reference;
      row(table, keys, "first", first, reference);
      if (keys > PAGE) {
        String middle = key(keys / 2);
        LoadResult result = measure(moto, bucket, keys, middle);
        row(table, keys, "from the middle", result, reference);
      }
    }
    return new ReportSection(
        "ListObjectsV2, max-keys " + PAGE,
        table.render()
            + "\nOne client thread, keep-alive; warm-up "
            + options.warmup().toMillis() / 1000.0
            + " s, then a "
            + options.window().toMillis() / 1000.0
            + " s window per row. \"From the middle\" starts after the bucket's middle key.\n"
            + notes);
  }

  private static void row(
      MarkdownTable table, int keys, String page, LoadResult result, LoadResult reference) {
    table.row(
        MarkdownTable.count(keys),
        page,
        MarkdownTable.rate(result.opsPerSecond()),
        MarkdownTable.millis(result.p50Micros()),
        MarkdownTable.millis(result.p99Micros()),
        MarkdownTable.ratio(result.opsPerSecond() / reference.opsPerSecond()));
  }

  /** Fills the bucket; returns PUTs per second. */
  private double fill(Target moto, String bucket, int keys) {
    Progress.say("filling %s with %,d objects", bucket, keys);
    try (HttpConnection connection = HttpConnection.open(moto.address())) {
      S3Wire.createBucket(connection, bucket);
    } catch (IOException e) {
      throw new IllegalStateException(e.toString(), e);
    }
    long nanos =
        IndexedBatch.run(
            moto.address(),
            options.fillThreads(),
            keys,
            (connection, index) -> S3Wire.putObject(connection, bucket, key(index), payload));
    return keys * 1e9 / nanos;
  }

  private LoadResult measure(Target moto, String bucket, int keys, String startAfter) {
    Progress.say("listing %s from %s", bucket, startAfter == null ? "the start" : startAfter);
    check(moto, bucket, keys, startAfter);
    return ClosedLoopLoad.run(
        moto.address(),
        1,
        options.warmup(),
        options.window(),
        (connection, worker, sequence) -> S3Wire.listPage(connection, bucket, PAGE, startAfter));
  }

  /** The page holds what it should before it is timed: a fast wrong answer measures nothing. */
  private static void check(Target moto, String bucket, int keys, String startAfter) {
    try (HttpConnection connection = HttpConnection.open(moto.address())) {
      String page = S3Wire.listPage(connection, bucket, PAGE, startAfter);
      int remaining = startAfter == null ? keys : keys - keys / 2 - 1;
      int expected = Math.min(PAGE, remaining);
      int found = occurrences(page, "<Key>");
      boolean truncated = page.contains("<IsTruncated>true</IsTruncated>");
      if (found != expected || truncated != remaining > PAGE) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "a page of %s after %s holds %d keys (truncated %s); expected %d (truncated %s)",
                bucket,
                startAfter,
                found,
                truncated,
                expected,
                remaining > PAGE));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e.toString(), e);
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static String key(long index) {
    return String.format(Locale.ROOT, "key-%07d", index);
  }
}
