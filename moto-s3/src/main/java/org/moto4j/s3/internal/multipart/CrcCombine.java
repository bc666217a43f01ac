package org.moto4j.s3.internal.multipart;

import org.moto4j.core.blob.ChecksumAlgorithm;

/**
 * The CRC of a concatenation from the CRCs of its pieces, without their bytes, as zlib's {@code
 * crc32_combine} does: {@code crc(a ‖ b) = crc(a)·x^(8·len(b)) mod P ⊕ crc(b)}, computed in GF(2)
 * for a reflected polynomial whose initial value and final XOR are all ones. That is how S3 gives a
 * multipart object a FULL_OBJECT CRC32, CRC32C or CRC64NVME without reading it again.
 *
 * <pre>{@code
 * long whole = CrcCombine.of(ChecksumAlgorithm.CRC32).combine(crcOfA, crcOfB, lengthOfB);
 * }</pre>
 */
public final class CrcCombine {

  /** CRC-32 (ISO-HDLC), as {@link java.util.zip.CRC32}. */
  public static final CrcCombine CRC32 = new CrcCombine(0xEDB88320L, 32);

  /** CRC-32C (Castagnoli), as {@link java.util.zip.CRC32C}. */
  public static final CrcCombine CRC32C = new CrcCombine(0x82F63B78L, 32);

  /** CRC-64/NVME, as {@link org.moto4j.core.blob.Crc64Nvme}. */
  public static final CrcCombine CRC64NVME = new CrcCombine(0x9A6C9329AC4BC9B5L, 64);

  /** x^(2^k) mod P, for k up to the largest power a byte length times 8 can need. */
  private static final int POWERS = 67;

  private final long polynomial;
  private final int width;
  private final long one;
  private final long[] powers = new long[POWERS];

  private CrcCombine(long polynomial, int width) {
    this.polynomial = polynomial;
    this.width = width;
    // Reflected: the highest bit stands for x^0, the next for x^1.
    this.one = 1L << (width - 1);
    long power = one >>> 1;
    for (int k = 0; k < POWERS; k++) {
      powers[k] = power;
      power = multiply(power, power);
    }
  }

  /**
   * The combination for a CRC algorithm.
   *
   * @throws IllegalArgumentException for an algorithm that is no CRC
   */
  public static CrcCombine of(ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32 -> CRC32;
      case CRC32C -> CRC32C;
      case CRC64NVME -> CRC64NVME;
      default -> throw new IllegalArgumentException(algorithm + " is not a CRC");
    };
  }

  /** The number of bytes of a CRC's value: 4 or 8. */
  public int bytes() {
    return width / 8;
  }

  /**
   * The CRC of {@code a ‖ b}.
   *
   * @param crcA the CRC of the first piece, as an unsigned value
   * @param crcB the CRC of the second piece
   * @param lengthB the second piece's length in bytes
   */
  public long combine(long crcA, long crcB, long lengthB) {
    if (lengthB < 0) {
      throw new IllegalArgumentException("negative length " + lengthB);
    }
    return multiply(shift(lengthB), crcA) ^ crcB;
  }

  /** A CRC's big-endian bytes as an unsigned value. */
  public long value(byte[] crc) {
    if (crc.length != bytes()) {
      throw new IllegalArgumentException("a CRC of " + width + " bits has " + bytes() + " bytes");
    }
    long value = 0;
    for (byte b : crc) {
      value = value << 8 | (b & 0xFF);
    }
    return value;
  }

  /** A CRC's value as big-endian bytes, as S3 encodes it in base64. */
  public byte[] bytes(long value) {
    byte[] out = new byte[bytes()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return out;
  }

  /** x^(8·length) mod P. */
  private long shift(long length) {
    long result = one;
    int k = 3;
    for (long n = length; n != 0; n >>>= 1, k++) {
      if ((n & 1) != 0) {
        result = multiply(powers[k], result);
      }
    }
    return result;
  }

  /** a·b mod P, both reflected. */
  private long multiply(long a, long b) {
    long product = 0;
    for (long m = one; m != 0 && a != 0; m >>>= 1) {
      if ((a & m) != 0) {
        product ^= b;
        a ^= m;
      }
      b = (b & 1) != 0 ? (b >>> 1) ^ polynomial : b >>> 1;
    }
    return product;
  }
}
