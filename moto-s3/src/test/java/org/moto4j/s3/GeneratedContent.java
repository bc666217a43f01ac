package org.moto4j.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic pseudo-random bytes of any length, generated as they are read: large uploads and
 * their expected digests without holding the bytes anywhere.
 */
final class GeneratedContent extends InputStream {

  private long state;
  private long remaining;

  private GeneratedContent(long seed, long length) {
    this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    this.remaining = length;
  }

  /** {@code length} bytes generated from {@code seed}. */
  static InputStream stream(long seed, long length) {
    return new GeneratedContent(seed, length);
  }

  /** The same bytes, in memory, for small sizes. */
  static byte[] bytes(long seed, int length) {
    try (InputStream in = stream(seed, length)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The MD5 hex of the bytes {@link #stream} generates. */
  static String md5Hex(long seed, long length) {
    return md5Hex(stream(seed, length));
  }

  /** The MD5 hex of a stream, read to its end (and closed). */
  static String md5Hex(InputStream in) {
    try (in) {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        md5.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(md5.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (remaining <= 0) {
      return -1;
    }
    int n = (int) Math.min(length, remaining);
    for (int i = 0; i < n; i++) {
      // xorshift64: cheap, and different bytes everywhere so a misplaced range shows.
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      buffer[offset + i] = (byte) state;
    }
    remaining -= n;
    return n;
  }
}
