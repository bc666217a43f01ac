package org.moto4j.s3;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.moto4j.core.blob.Blob;

/**
 * An object's bytes: one {@link Blob}, or the blobs of a multipart upload's parts read as one
 * stream. Owned by the {@link StoredObject} it belongs to, which {@link #release()}s it once the
 * object is replaced or deleted; readers take a {@link Lease} first, so the bytes stay until the
 * last reader is done even when the object is replaced meanwhile.
 *
 * <pre>{@code
 * try (ObjectBody.Lease lease = object.body().lease().orElseThrow();
 *     InputStream in = lease.open(100, 50)) {
 *   in.transferTo(out);
 * }
 * }</pre>
 */
public final class ObjectBody {

  private final List<Blob> parts;
  private final long[] starts;
  private final long length;
  private final boolean multipart;
  // One reference for the owner, one per lease and open stream; the blobs go when none is left.
  private final AtomicInteger references = new AtomicInteger(1);
  private final AtomicBoolean released = new AtomicBoolean();

  /** The body of a delete marker: no bytes, shared, never released. */
  public static final ObjectBody NONE = new ObjectBody();

  private ObjectBody() {
    this.parts = List.of();
    this.starts = new long[0];
    this.length = 0;
    this.multipart = false;
  }

  private ObjectBody(List<Blob> parts, boolean multipart) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A body has at least one part");
    }
    this.parts = List.copyOf(parts);
    this.multipart = multipart;
    this.starts = new long[parts.size()];
    long offset = 0;
    for (int i = 0; i < parts.size(); i++) {
      starts[i] = offset;
      offset += parts.get(i).length();
    }
    this.length = offset;
  }

  /** The body of a single upload; it takes ownership of {@code blob}. */
  public static ObjectBody of(Blob blob) {
    return new ObjectBody(List.of(blob), false);
  }

  /**
   * The body of a completed multipart upload: its parts in order, read as one stream. It takes
   * ownership of every blob.
   */
  public static ObjectBody ofParts(List<Blob> parts) {
    return new ObjectBody(parts, true);
  }

  /** The number of bytes. */
  public long length() {
    return length;
  }

  /** Whether the body was assembled from a multipart upload's parts. */
  public boolean isMultipart() {
    return multipart;
  }

  /** The number of parts: 1 for a single upload. */
  public int partCount() {
    return parts.size();
  }

  /** The size of each part, in order. */
  public List<Long> partSizes() {
    List<Long> sizes = new ArrayList<>(parts.size());
    parts.forEach(part -> sizes.add(part.length()));
    return sizes;
  }

  /** The offset of part {@code partNumber} (1-based) in the whole body. */
  public long partOffset(int partNumber) {
    return starts[partNumber - 1];
  }

  /** The blobs, in order, for their checksums; read them through a {@link Lease}. */
  public List<Blob> parts() {
    return parts;
  }

  /** Whether every part lives in a temporary file rather than in memory. */
  public boolean isSpilled() {
    return parts.stream().allMatch(Blob::isSpilled);
  }

  /**
   * A claim that keeps the bytes readable until it is closed; empty once the owner released the
   * body (the object was replaced or deleted: look it up again).
   */
  public Optional<Lease> lease() {
    // Once released, a body is on its way out: readers look the object up again instead.
    return !released.get() && retain() ? Optional.of(new Lease()) : Optional.empty();
  }

  /** Gives the body up; its blobs go once no lease holds them. Calling it again does nothing. */
  public void release() {
    if (this == NONE) {
      return;
    }
    if (released.compareAndSet(false, true)) {
      dropReference();
    }
  }

  /** Whether the owner released the body. */
  public boolean isReleased() {
    return released.get();
  }

  private void dropReference() {
    if (references.decrementAndGet() == 0) {
      parts.forEach(Blob::release);
    }
  }

  /** Opens {@code count} bytes from {@code offset}, part after part as the reader gets there. */
  private InputStream read(long offset, long count) {
    if (offset < 0 || count < 0 || offset + count > length) {
      throw new IllegalArgumentException(
          "range " + offset + "+" + count + " outside a body of " + length + " bytes");
    }
    int first = Arrays.binarySearch(starts, offset);
    if (first < 0) {
      first = -first - 2;
    }
    // Empty parts share their start with the next one: begin at the last part starting here.
    while (first + 1 < starts.length && starts[first + 1] == offset) {
      first++;
    }
    if (!retain()) {
      throw new IllegalStateException("The body was released");
    }
    return new PartsInputStream(first, offset - starts[first], count);
  }

  private boolean retain() {
    while (true) {
      int current = references.get();
      if (current <= 0) {
        return false;
      }
      if (references.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  /**
   * A reader's claim on the body. Streams it opened hold the body too: they stay readable after the
   * lease is closed, until they are closed themselves.
   */
  public final class Lease implements AutoCloseable {

    private final AtomicBoolean closed = new AtomicBoolean();

    private Lease() {}

    /** The body this lease holds. */
    public ObjectBody body() {
      return ObjectBody.this;
    }

    /** Opens the whole body. */
    public InputStream open() {
      return open(0, length);
    }

    /**
     * Opens {@code count} bytes from {@code offset}.
     *
     * @throws IllegalArgumentException when the range is outside the body
     * @throws IllegalStateException once the lease is closed
     */
    public InputStream open(long offset, long count) {
      if (closed.get()) {
        throw new IllegalStateException("The lease is closed");
      }
      return read(offset, count);
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        dropReference();
      }
    }
  }

  /** Reads a range across parts, opening each part only when reached and closing it when done. */
  private final class PartsInputStream extends InputStream {
    private int part;
    private long partOffset;
    private long remaining;
    private InputStream current;
    private boolean closed;

    PartsInputStream(int part, long partOffset, long remaining) {
      this.part = part;
      this.partOffset = partOffset;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (count == 0) {
        return 0;
      }
      while (remaining > 0) {
        if (current == null) {
          Blob blob = parts.get(part);
          long available = Math.min(blob.length() - partOffset, remaining);
          current = blob.open(partOffset, available);
        }
        int n = current.read(buffer, offset, (int) Math.min(count, remaining));
        if (n > 0) {
          remaining -= n;
          return n;
        }
        current.close();
        current = null;
        part++;
        partOffset = 0;
        if (part >= parts.size() && remaining > 0) {
          throw new IOException("The body ended " + remaining + " bytes early");
        }
      }
      return -1;
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      remaining = 0;
      try {
        if (current != null) {
          current.close();
        }
      } finally {
        current = null;
        dropReference();
      }
    }
  }
}
