package org.moto4j.benchmarks.s3;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.IndexedBatch;
import org.moto4j.benchmarks.report.MarkdownTable;
import org.moto4j.servlet.MotoServer;

/**
 * The heap moto4j keeps for small objects: used heap after a forced collection, before and after
 * storing N objects of 1 KiB through the HTTP API, from a freshly reset server. The client keeps
 * nothing once the PUTs are answered, so the difference is the server's.
 */
final class HeapFootprint {

  private static final String BUCKET = "heap";

  /** Collections tried before the used heap counts as settled. */
  private static final int MAX_COLLECTIONS = 6;

  private static final long SETTLED_BYTES = 1 << 20;

  private final BenchmarkOptions options;
  private final byte[] payload;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  HeapFootprint(BenchmarkOptions options, byte[] payload) {
    this.options = options;
    this.payload = payload;
  }

  ReportSection run(MotoServer server, Target moto) {
    int objects = options.heapObjects();
    server.moto().reset();
    long before = settledHeap();
    Progress.say("storing %,d objects of %d bytes", objects, payload.length);
    try (HttpConnection connection = HttpConnection.open(moto.address())) {
      S3Wire.createBucket(connection, BUCKET);
    } catch (IOException e) {
      throw new IllegalStateException(e.toString(), e);
    }
    IndexedBatch.run(
        moto.address(),
        options.fillThreads(),
        objects,
        (connection, index) ->
            S3Wire.putObject(
                connection, BUCKET, String.format(Locale.ROOT, "object-%07d", index), payload));
    long after = settledHeap();
    server.moto().reset();

    long retained = after - before;
    MarkdownTable table =
        new MarkdownTable(
            "objects",
            "object size",
            "heap before (MB)",
            "heap after (MB)",
            "retained (MB)",
            "retained bytes per object");
    table.row(
        MarkdownTable.count(objects),
        payload.length + " B",
        megabytes(before),
        megabytes(after),
        megabytes(retained),
        MarkdownTable.count(retained / objects));
    return new ReportSection(
        "Server heap after " + MarkdownTable.count(objects) + " small objects",
        table.render()
            + "\nUsed heap (MemoryMXBean) after System.gc() until it settles, from a reset server;"
            + " 1 MB = 10^6 bytes. Per object: the body plus what the server keeps around it.\n");
  }

  /** Used heap once repeated full collections stop freeing more than a megabyte. */
  private long settledHeap() {
    long previous = Long.MAX_VALUE;
    long used = 0;
    for (int i = 0; i < MAX_COLLECTIONS; i++) {
      System.gc();
      used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < SETTLED_BYTES) {
        break;
      }
      previous = used;
    }
    return used;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }
}
