package org.moto4j.s3.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.BlobStore;

/**
 * The blob store of one server, in a fresh directory under {@code java.io.tmpdir} that goes when
 * the JVM exits: the files of objects still alive then (nothing else releases them) included.
 */
public final class BlobDirectories {

  private BlobDirectories() {}

  /**
   * The configured {@link Setting#S3_BLOB_MEMORY_THRESHOLD}; a value that is not a non-negative
   * number is a clear error.
   */
  public static int memoryThreshold(MotoConfig config) {
    String value = config.get(Setting.S3_BLOB_MEMORY_THRESHOLD).orElse("");
    try {
      int threshold = Integer.parseInt(value);
      if (threshold >= 0) {
        return threshold;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        Setting.S3_BLOB_MEMORY_THRESHOLD.environmentVariable()
            + " must be a number of bytes, got '"
            + value
            + "'");
  }

  /** A temporary blob store whose directory is deleted at JVM exit. */
  public static BlobStore temporary() {
    return temporary(BlobStore.DEFAULT_MEMORY_THRESHOLD);
  }

  /** A temporary blob store keeping bodies up to {@code memoryThreshold} bytes in memory. */
  public static BlobStore temporary(int memoryThreshold) {
    BlobStore store;
    try {
      store = new BlobStore(Files.createTempDirectory("moto4j-blobs-"), memoryThreshold);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Path directory = store.directory();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> deleteQuietly(directory), "moto4j-blob-cleanup"));
    return store;
  }

  private static void deleteQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // The JVM is exiting: a file the OS keeps is left to the temporary directory's own cleanup.
    }
  }
}
