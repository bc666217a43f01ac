package org.moto4j.benchmarks.s3;

import java.io.IOException;
import java.util.Locale;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.IndexedBatch;
import org.moto4j.benchmarks.report.MarkdownTable;

/**
 * A large multipart upload through raw CreateMultipartUpload, UploadPart and
 * CompleteMultipartUpload calls, parts streamed from a {@link PatternSource} over a few connections
 * at once. Reports MB/s from create to complete; skips when the server answers 501.
 */
final class MultipartThroughput {

  private static final String TITLE = "Multipart upload";

  private static final String BUCKET = "multipart";

  private static final String KEY = "big-object";

  /** A first, smaller upload that only warms the JIT; S3's smallest part is 5 MiB. */
  private static final long WARMUP_BYTES = 64L << 20;

  private static final int WARMUP_PARTS = 8;

  private final BenchmarkOptions options;
  private final PatternSource source = new PatternSource(0x6d6f746f346aL);

  MultipartThroughput(BenchmarkOptions options) {
    this.options = options;
  }

  ReportSection run(Target moto) {
    long size = options.multipartBytes();
    int parts = options.parts();
    long partSize = (size + parts - 1) / parts;
    if ((parts - 1) * partSize >= size) {
      throw new IllegalArgumentException(parts + " parts do not fit " + size + " bytes");
    }
    try {
      try (HttpConnection connection = HttpConnection.open(moto.address())) {
        S3Wire.createBucket(connection, BUCKET);
      }
      Progress.say("multipart warm-up: %d MiB in %d parts", WARMUP_BYTES >> 20, WARMUP_PARTS);
      upload(moto, WARMUP_BYTES, WARMUP_PARTS);
      Progress.say("multipart: %d MiB in %d parts", size >> 20, parts);
      long nanos = upload(moto, size, parts);
      double seconds = nanos / 1e9;
      MarkdownTable table =
          new MarkdownTable("size", "parts", "part size", "parts in flight", "seconds", "MB/s");
      table.row(
          (size >> 20) + " MiB",
          String.valueOf(parts),
          String.format(Locale.ROOT, "%.1f MiB", partSize / (double) (1 << 20)),
          String.valueOf(options.multipartConnections()),
          String.format(Locale.ROOT, "%.2f", seconds),
          String.format(Locale.ROOT, "%.0f", size / 1e6 / seconds));
      return new ReportSection(
          TITLE,
          table.render()
              + "\nFrom CreateMultipartUpload to the CompleteMultipartUpload answer; parts"
              + " streamed, never held whole by the client; 1 MB = 10^6 bytes. A 64 MiB upload"
              + " runs first to warm up.\n");
    } catch (IOException | IllegalStateException e) {
      UnexpectedStatus unexpected = UnexpectedStatus.in(e);
      if (unexpected != null && unexpected.status() == 501) {
        return ReportSection.skipped(
            TITLE,
            "the server answered 501 NotImplemented, multipart upload is not implemented yet ("
                + unexpected.getMessage()
                + ")");
      }
      throw new IllegalStateException("multipart upload failed: " + e.getMessage(), e);
    }
  }

  /** Uploads {@code size} bytes in {@code parts}, then deletes the object; returns nanoseconds. */
  private long upload(Target moto, long size, int parts) throws IOException {
    long partSize = (size + parts - 1) / parts;
    String[] etags = new String[parts];
    try (HttpConnection connection = HttpConnection.open(moto.address())) {
      long start = System.nanoTime();
      String uploadId = S3Wire.createMultipartUpload(connection, BUCKET, KEY);
      try {
        IndexedBatch.run(
            moto.address(),
            Math.min(parts, options.multipartConnections()),
            parts,
            (partConnection, index) -> {
              long offset = index * partSize;
              long length = Math.min(partSize, size - offset);
              etags[(int) index] =
                  S3Wire.uploadPart(
                      partConnection,
                      BUCKET,
                      KEY,
                      uploadId,
                      (int) index + 1,
                      length,
                      source.slice(offset, length));
            });
        S3Wire.completeMultipartUpload(connection, BUCKET, KEY, uploadId, etags);
      } catch (IllegalStateException e) {
        S3Wire.abortMultipartUpload(connection, BUCKET, KEY, uploadId);
        throw e;
      }
      long nanos = System.nanoTime() - start;
      S3Wire.deleteObject(connection, BUCKET, KEY);
      return nanos;
    }
  }
}
