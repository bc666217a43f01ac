package org.moto4j.s3.internal.objects;

/**
 * The bytes a ranged read answers with: {@code first} to {@code last} inclusive, of an object of
 * {@code total} bytes.
 */
public record ByteRange(long first, long last, long total) {

  public ByteRange {
    if (first < 0 || last < first || last >= total) {
      throw new IllegalArgumentException(first + "-" + last + "/" + total);
    }
  }

  /** The number of bytes. */
  public long length() {
    return last - first + 1;
  }

  /** The {@code Content-Range} header value: {@code bytes 0-99/1000}. */
  public String contentRange() {
    return "bytes " + first + "-" + last + "/" + total;
  }
}
