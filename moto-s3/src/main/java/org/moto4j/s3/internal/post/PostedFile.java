package org.moto4j.s3.internal.post;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.moto4j.s3.S3Errors;

/**
 * The {@code file} part of a form, as a store reads it: its size held to the policy's {@code
 * content-length-range} (and S3's 5 GiB) while it streams, so a file too large is refused without
 * storing it. Refusals are thrown from {@code read} as the S3 error itself, which a store lets pass
 * and cleans up after; a read failure of the client stays an {@link IOException}.
 */
final class PostedFile extends FilterInputStream {

  private final long min;
  private final long max;
  private long count;

  /**
   * @param content the part's content
   * @param min the fewest bytes allowed
   * @param max the most bytes allowed
   */
  PostedFile(InputStream content, long min, long max) {
    super(content);
    this.min = min;
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (MalformedFormException e) {
      throw S3Errors.MALFORMED_POST_REQUEST.exception();
    }
    if (n < 0) {
      if (count < min) {
        throw tooSmall(count);
      }
      return n;
    }
    count += n;
    if (count > max) {
      throw tooLarge();
    }
    return n;
  }

  private RuntimeException tooLarge() throws IOException {
    // S3 names the size the client proposed: read the rest through, keeping none of it.
    long proposed = count;
    try {
      proposed += in.transferTo(OutputStream.nullOutputStream());
    } catch (MalformedFormException e) {
      throw S3Errors.MALFORMED_POST_REQUEST.exception();
    }
    return S3Errors.ENTITY_TOO_LARGE
        .exception()
        .with("ProposedSize", Long.toString(proposed))
        .with("MaxSizeAllowed", Long.toString(max));
  }

  private RuntimeException tooSmall(long size) {
    return S3Errors.ENTITY_TOO_SMALL
        .exception()
        .with("ProposedSize", Long.toString(size))
        .with("MinSizeAllowed", Long.toString(min));
  }
}
