package org.moto4j.reliability;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.moto4j.core.blob.SpillFiles;

/**
 * The blob store's disk, with a fault switch: once {@link #fill()}ed, every write to a spill file
 * fails as a full disk does ({@code ENOSPC}), part-way through the file.
 */
final class DiskSpace implements SpillFiles {

  private static final long UNLIMITED = Long.MAX_VALUE;

  private final AtomicLong free = new AtomicLong(UNLIMITED);

  /** From now on, writes succeed until {@code bytes} more have been written, then fail. */
  void leave(long bytes) {
    free.set(bytes);
  }

  /** No space at all. */
  void fill() {
    leave(0);
  }

  /** Space again. */
  void free() {
    free.set(UNLIMITED);
  }

  @Override
  public OutputStream open(Path file) throws IOException {
    return new FilterOutputStream(SpillFiles.LOCAL.open(file)) {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        if (free.get() != UNLIMITED && free.addAndGet(-length) < 0) {
          free.set(0);
          throw new IOException("No space left on device");
        }
        out.write(bytes, offset, length);
      }
    };
  }
}
