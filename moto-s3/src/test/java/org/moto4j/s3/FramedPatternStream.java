package org.moto4j.s3;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * A large request body generated as it is read, never held whole: fixed head bytes, then {@code
 * contentLength} bytes of a seeded pseudo-random pattern, then fixed tail bytes. It records how
 * much content was read and its MD5, so a test can prove a body streamed through.
 */
public class FramedPatternStream extends InputStream {

  private final byte[] pattern = new byte[65_537];
  private final byte[] head;
  private final byte[] tail;
  private final long contentLength;
  private final MessageDigest md5;
  private long position;

  public FramedPatternStream(byte[] head, long contentLength, byte[] tail, long seed) {
    new Random(seed).nextBytes(pattern);
    this.head = head.clone();
    this.tail = tail.clone();
    this.contentLength = contentLength;
    try {
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many content bytes (not head or tail) were handed out. */
  public long served() {
    return Math.min(contentLength, Math.max(0, position - head.length));
  }

  /** The MD5 of the content handed out so far. */
  public byte[] contentMd5() {
    return md5.digest();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position < head.length) {
      int n = (int) Math.min(len, head.length - position);
      System.arraycopy(head, (int) position, b, off, n);
      position += n;
      return n;
    }
    long inContent = position - head.length;
    if (inContent < contentLength) {
      int at = (int) (inContent % pattern.length);
      int n = (int) Math.min(Math.min(len, contentLength - inContent), pattern.length - at);
      System.arraycopy(pattern, at, b, off, n);
      md5.update(pattern, at, n);
      position += n;
      return n;
    }
    long inTail = inContent - contentLength;
    if (inTail >= tail.length) {
      return -1;
    }
    int n = (int) Math.min(len, tail.length - inTail);
    System.arraycopy(tail, (int) inTail, b, off, n);
    position += n;
    return n;
  }
}
