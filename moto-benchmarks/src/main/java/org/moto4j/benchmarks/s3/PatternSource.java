package org.moto4j.benchmarks.s3;

import java.util.SplittableRandom;
import org.moto4j.benchmarks.load.BodyWriter;

/**
 * A large deterministic payload that is never held whole: 1 MiB of seeded pseudo-random bytes,
 * repeated, streamed from any offset. Generating it costs the client nothing per byte.
 */
final class PatternSource {

  private static final int BLOCK = 1 << 20;

  private static final int WRITE = 64 * 1024;

  private final byte[] block = new byte[BLOCK];

  PatternSource(long seed) {
    new SplittableRandom(seed).nextBytes(block);
  }

  /** The bytes at {@code offset}, {@code length} of them. */
  BodyWriter slice(long offset, long length) {
    return out -> {
      long written = 0;
      while (written < length) {
        int at = (int) ((offset + written) % BLOCK);
        int size = (int) Math.min(Math.min(WRITE, BLOCK - at), length - written);
        out.write(block, at, size);
        written += size;
      }
    };
  }
}
