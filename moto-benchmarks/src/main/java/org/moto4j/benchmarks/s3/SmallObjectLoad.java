package org.moto4j.benchmarks.s3;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.moto4j.benchmarks.load.ClosedLoopLoad;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.IndexedBatch;
import org.moto4j.benchmarks.load.LoadRequest;
import org.moto4j.benchmarks.load.LoadResult;
import org.moto4j.benchmarks.report.MarkdownTable;

/**
 * PUT and GET of 1 KiB objects at each client count, against moto4j and against the empty Jetty
 * handler with the same client, the cells interleaved so that neither gets a warmer JVM.
 */
final class SmallObjectLoad {

  static final int OBJECT_SIZE = 1024;

  /** Keys each client cycles through: PUTs overwrite, so memory stays bounded however long. */
  private static final int KEYS_PER_CLIENT = 1024;

  private static final String BUCKET = "small-objects";

  private final BenchmarkOptions options;
  private final byte[] payload;

  SmallObjectLoad(BenchmarkOptions options, byte[] payload) {
    this.options = options;
    this.payload = payload;
  }

  ReportSection run(Target moto, Target empty) {
    int clients = Collections.max(options.clientThreads());
    for (Target target : List.of(moto, empty)) {
      fill(target, clients);
    }
    MarkdownTable table =
        new MarkdownTable(
            "operation",
            "client threads",
            "moto4j ops/s",
            "moto4j p50 µs",
            "moto4j p99 µs",
            "empty Jetty ops/s",
            "empty p50 µs",
            "empty p99 µs",
            "moto4j / empty");
    for (int threads : options.clientThreads()) {
      cells(table, "PUT 1 KiB", threads, moto, empty, this::put);
      cells(table, "GET 1 KiB", threads, moto, empty, this::get);
    }
    return new ReportSection(
        "PUT and GET of 1 KiB objects",
        table.render()
            + "\nClosed loop, one keep-alive connection per client thread; warm-up "
            + options.warmup().toMillis() / 1000.0
            + " s, then a "
            + options.window().toMillis() / 1000.0
            + " s window per cell. PUTs overwrite "
            + KEYS_PER_CLIENT
            + " keys per client. The ratio is of ops/s.\n");
  }

  private void cells(
      MarkdownTable table,
      String operation,
      int threads,
      Target moto,
      Target empty,
      LoadRequest request) {
    Progress.say("%s, %d client threads: %s", operation, threads, empty.name());
    LoadResult floor =
        ClosedLoopLoad.run(empty.address(), threads, options.warmup(), options.window(), request);
    Progress.say("%s, %d client threads: %s", operation, threads, moto.name());
    LoadResult result =
        ClosedLoopLoad.run(moto.address(), threads, options.warmup(), options.window(), request);
    table.row(
        operation,
        String.valueOf(threads),
        MarkdownTable.rate(result.opsPerSecond()),
        MarkdownTable.micros(result.p50Micros()),
        MarkdownTable.micros(result.p99Micros()),
        MarkdownTable.rate(floor.opsPerSecond()),
        MarkdownTable.micros(floor.p50Micros()),
        MarkdownTable.micros(floor.p99Micros()),
        MarkdownTable.ratio(result.opsPerSecond() / floor.opsPerSecond()));
  }

  /** Creates the bucket and every key the GETs read. */
  private void fill(Target target, int clients) {
    try (HttpConnection connection = HttpConnection.open(target.address())) {
      S3Wire.createBucket(connection, BUCKET);
    } catch (IOException e) {
      throw new IllegalStateException(target.name() + ": " + e, e);
    }
    IndexedBatch.run(
        target.address(),
        options.fillThreads(),
        (long) clients * KEYS_PER_CLIENT,
        (connection, index) ->
            S3Wire.putObject(
                connection,
                BUCKET,
                key((int) (index / KEYS_PER_CLIENT), index % KEYS_PER_CLIENT),
                payload));
  }

  private void put(HttpConnection connection, int worker, long sequence) throws IOException {
    S3Wire.putObject(connection, BUCKET, key(worker, sequence % KEYS_PER_CLIENT), payload);
  }

  private void get(HttpConnection connection, int worker, long sequence) throws IOException {
    byte[] body = S3Wire.getObject(connection, BUCKET, key(worker, sequence % KEYS_PER_CLIENT));
    if (body.length != OBJECT_SIZE) {
      throw new IllegalStateException("GetObject answered " + body.length + " bytes");
    }
  }

  private static String key(int worker, long slot) {
    return "client-" + worker + "/object-" + slot;
  }
}
