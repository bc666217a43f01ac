package org.moto4j.core.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes streams into {@link Blob}s: checksums computed on the way in, bytes kept in memory up to a
 * threshold and spilled to a temporary file beyond it. A write that fails half-way (a client that
 * disconnects) leaves no file behind.
 *
 * <pre>{@code
 * Blob blob = store.write(request.body(), EnumSet.of(ChecksumAlgorithm.CRC32));
 * }</pre>
 */
public final class BlobStore {

  /** The default largest blob kept in memory. */
  public static final int DEFAULT_MEMORY_THRESHOLD = 1024 * 1024;

  private static final int BUFFER = 64 * 1024;

  private final Path directory;
  private final int memoryThreshold;
  private final SpillFiles spillFiles;
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicLong spilledBytes = new AtomicLong();

  /**
   * @param directory where spilled blobs go; created if missing
   * @param memoryThreshold the largest blob kept in memory, in bytes
   */
  public BlobStore(Path directory, int memoryThreshold) {
    this(directory, memoryThreshold, SpillFiles.LOCAL);
  }

  /**
   * @param directory where spilled blobs go; created if missing
   * @param memoryThreshold the largest blob kept in memory, in bytes
   * @param spillFiles opens the spill files (a failing one in tests: a full disk)
   */
  public BlobStore(Path directory, int memoryThreshold, SpillFiles spillFiles) {
    this.directory = directory;
    this.memoryThreshold = memoryThreshold;
    this.spillFiles = spillFiles;
  }

  /** A store spilling to a fresh directory under the system's temporary directory. */
  public static BlobStore temporary() {
    try {
      return new BlobStore(Files.createTempDirectory("moto4j-blobs-"), DEFAULT_MEMORY_THRESHOLD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code in} to its end into a new blob, computing MD5 and the given checksums.
   *
   * @throws IOException when reading fails; nothing is kept
   */
  public Blob write(InputStream in, Set<ChecksumAlgorithm> algorithms) throws IOException {
    return write(in, -1, algorithms);
  }

  /**
   * Reads {@code in} to its end into a new blob, as {@link #write(InputStream, Set)}; {@code
   * expectedLength}, when known (else -1), sizes the buffers, so a small body costs a small
   * allocation. It is a hint: the stream's real length wins.
   *
   * @throws IOException when reading fails; nothing is kept
   */
  public Blob write(InputStream in, long expectedLength, Set<ChecksumAlgorithm> algorithms)
      throws IOException {
    Set<ChecksumAlgorithm> wanted = EnumSet.of(ChecksumAlgorithm.MD5);
    wanted.addAll(algorithms);
    Map<ChecksumAlgorithm, ChecksumAlgorithm.Digest> digests =
        new EnumMap<>(ChecksumAlgorithm.class);
    for (ChecksumAlgorithm algorithm : wanted) {
      digests.put(algorithm, algorithm.newDigest());
    }
    int firstBuffer =
        expectedLength >= 0 && expectedLength < BUFFER ? (int) expectedLength + 1 : BUFFER;
    byte[] memory = new byte[Math.min(firstBuffer, memoryThreshold + 1)];
    int inMemory = 0;
    byte[] buffer = new byte[firstBuffer];
    Path file = null;
    OutputStream out = null;
    long length = 0;
    boolean complete = false;
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (n == 0) {
          continue;
        }
        for (ChecksumAlgorithm.Digest digest : digests.values()) {
          digest.update(buffer, 0, n);
        }
        length += n;
        if (out == null && inMemory + n <= memoryThreshold) {
          if (inMemory + n > memory.length) {
            memory =
                Arrays.copyOf(
                    memory, Math.min(memoryThreshold, Math.max(memory.length * 2, inMemory + n)));
          }
          System.arraycopy(buffer, 0, memory, inMemory, n);
          inMemory += n;
          continue;
        }
        if (out == null) {
          Files.createDirectories(directory);
          file = Files.createTempFile(directory, "blob-", ".bin");
          files.incrementAndGet();
          out = spillFiles.open(file);
          out.write(memory, 0, inMemory);
          memory = null;
        }
        out.write(buffer, 0, n);
      }
      if (out != null) {
        out.close();
        out = null;
      }
      complete = true;
    } finally {
      if (!complete) {
        closeQuietly(out);
        deleteQuietly(file);
      }
    }
    Map<ChecksumAlgorithm, byte[]> checksums = new EnumMap<>(ChecksumAlgorithm.class);
    digests.forEach((algorithm, digest) -> checksums.put(algorithm, digest.finish()));
    if (file == null) {
      byte[] bytes = inMemory == memory.length ? memory : Arrays.copyOf(memory, inMemory);
      return new Blob(length, bytes, null, checksums, () -> {});
    }
    long spilled = length;
    spilledBytes.addAndGet(spilled);
    return new Blob(
        length,
        null,
        file,
        checksums,
        () -> {
          files.decrementAndGet();
          spilledBytes.addAndGet(-spilled);
        });
  }

  /** The number of temporary files blobs hold now. */
  public int fileCount() {
    return files.get();
  }

  /** The bytes spilled blobs hold now. */
  public long spilledBytes() {
    return spilledBytes.get();
  }

  /** The directory spilled blobs go to. */
  public Path directory() {
    return directory;
  }

  private void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
    files.decrementAndGet();
  }

  private static void closeQuietly(OutputStream out) {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException ignored) {
      // the write already failed; its cause is what the caller sees
    }
  }
}
