package org.moto4j.core.blob;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the files a {@link BlobStore} spills large blobs to: the local file system, or in tests a
 * decorator that fails as a full disk does, to prove a failed write loses nothing and leaves no
 * file.
 *
 * <pre>{@code
 * BlobStore store = new BlobStore(directory, 4096, file -> new FullDisk(SpillFiles.LOCAL.open(file)));
 * }</pre>
 */
@FunctionalInterface
public interface SpillFiles {

  /** The local file system. */
  SpillFiles LOCAL = Files::newOutputStream;

  /**
   * Opens {@code file}, which the store has just created empty, for writing.
   *
   * @throws IOException when it cannot be opened; the store deletes the file and fails the write
   */
  OutputStream open(Path file) throws IOException;
}
