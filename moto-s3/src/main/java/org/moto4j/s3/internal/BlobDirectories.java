package org.moto4j.s3.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.moto4j.core.blob.BlobStore;

/**
 * The blob store of one server, in a fresh directory under {@code java.io.tmpdir} that goes when
 * the JVM exits: the files of objects still alive then (nothing else releases them) included.
 */
public final class BlobDirectories {

  private BlobDirectories() {}

  /** A temporary blob store whose directory is deleted at JVM exit. */
  public static BlobStore temporary() {
    BlobStore store = BlobStore.temporary();
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
