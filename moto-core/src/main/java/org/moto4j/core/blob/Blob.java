package org.moto4j.core.blob;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Immutable bytes written through a {@link BlobStore}, with the checksums computed as they came in.
 * Held in memory when small, in a temporary file otherwise. Readers open streams; the owner {@link
 * #release()}s it, and the file goes once the last open stream is closed.
 */
public final class Blob {

  private final long length;
  private final byte[] bytes;
  private final Path file;
  private final Map<ChecksumAlgorithm, byte[]> checksums;
  private final Runnable onDelete;
  // One reference for the owner, one per open stream; the file is deleted when it reaches zero.
  private final AtomicInteger references = new AtomicInteger(1);
  private final AtomicBoolean released = new AtomicBoolean();

  Blob(
      long length,
      byte[] bytes,
      Path file,
      Map<ChecksumAlgorithm, byte[]> checksums,
      Runnable onDelete) {
    this.length = length;
    this.bytes = bytes;
    this.file = file;
    this.checksums = Collections.unmodifiableMap(new EnumMap<>(checksums));
    this.onDelete = onDelete;
  }

  /** The number of bytes. */
  public long length() {
    return length;
  }

  /** Whether the bytes live in a temporary file rather than in memory. */
  public boolean isSpilled() {
    return file != null;
  }

  /** The checksum computed on the way in, if it was asked for. */
  public Optional<byte[]> checksum(ChecksumAlgorithm algorithm) {
    byte[] value = checksums.get(algorithm);
    return value == null ? Optional.empty() : Optional.of(value.clone());
  }

  /** A checksum as S3 writes it in headers: base64. */
  public Optional<String> checksumBase64(ChecksumAlgorithm algorithm) {
    return Optional.ofNullable(checksums.get(algorithm))
        .map(value -> Base64.getEncoder().encodeToString(value));
  }

  /** The MD5 in lower-case hex, as in an ETag; present on every blob. */
  public String md5Hex() {
    return HexFormat.of().formatHex(checksums.get(ChecksumAlgorithm.MD5));
  }

  /** Every checksum computed on the way in. */
  public Map<ChecksumAlgorithm, byte[]> checksums() {
    return checksums;
  }

  /**
   * Opens the whole blob.
   *
   * @throws IOException if the blob was released and its file is gone
   */
  public InputStream open() throws IOException {
    return open(0, length);
  }

  /**
   * Opens {@code count} bytes from {@code offset}.
   *
   * @throws IllegalArgumentException when the range is outside the blob
   * @throws IOException if the blob was released and its file is gone
   */
  public InputStream open(long offset, long count) throws IOException {
    if (offset < 0 || count < 0 || offset + count > length) {
      throw new IllegalArgumentException(
          "range " + offset + "+" + count + " outside a blob of " + length + " bytes");
    }
    if (bytes != null) {
      return new ByteArrayInputStream(bytes, (int) offset, (int) count);
    }
    retain();
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
      channel.position(offset);
    } catch (IOException | RuntimeException e) {
      dropReference();
      throw e;
    }
    InputStream in = new BoundedInputStream(Channels.newInputStream(channel), count);
    return new FilterInputStream(in) {
      private final AtomicBoolean closed = new AtomicBoolean();

      @Override
      public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
          try {
            super.close();
          } finally {
            dropReference();
          }
        }
      }
    };
  }

  /** Gives the blob up: in-memory bytes become garbage, the file goes once no stream reads it. */
  public void release() {
    if (released.compareAndSet(false, true)) {
      dropReference();
    }
  }

  /** Whether {@link #release()} was called. */
  public boolean isReleased() {
    return released.get();
  }

  private void retain() throws IOException {
    while (true) {
      int current = references.get();
      if (current <= 0) {
        throw new IOException("The blob was released");
      }
      if (references.compareAndSet(current, current + 1)) {
        return;
      }
    }
  }

  private void dropReference() {
    if (references.decrementAndGet() == 0 && file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
      onDelete.run();
    }
  }

  /** Reads at most a given number of bytes. */
  private static final class BoundedInputStream extends FilterInputStream {
    private long remaining;

    BoundedInputStream(InputStream in, long remaining) {
      super(in);
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }
  }
}
