package org.moto4j.core.blob;

/**
 * CRC-64/NVME (reflected polynomial {@code 0x9A6C9329AC4BC9B5}, initial and final XOR all ones),
 * the checksum S3 calls {@code CRC64NVME}; slicing-by-8 for speed.
 */
public final class Crc64Nvme implements ChecksumAlgorithm.Digest {

  private static final long POLY = 0x9A6C9329AC4BC9B5L;
  private static final long[][] TABLES = tables();

  private long crc = -1L;

  @Override
  public void update(byte[] bytes, int offset, int length) {
    long c = crc;
    int i = offset;
    int end = offset + length;
    long[] t0 = TABLES[0];
    while (end - i >= 8) {
      long word =
          (bytes[i] & 0xFFL)
              | (bytes[i + 1] & 0xFFL) << 8
              | (bytes[i + 2] & 0xFFL) << 16
              | (bytes[i + 3] & 0xFFL) << 24
              | (bytes[i + 4] & 0xFFL) << 32
              | (bytes[i + 5] & 0xFFL) << 40
              | (bytes[i + 6] & 0xFFL) << 48
              | (bytes[i + 7] & 0xFFL) << 56;
      c ^= word;
      c =
          TABLES[7][(int) (c & 0xFF)]
              ^ TABLES[6][(int) (c >>> 8 & 0xFF)]
              ^ TABLES[5][(int) (c >>> 16 & 0xFF)]
              ^ TABLES[4][(int) (c >>> 24 & 0xFF)]
              ^ TABLES[3][(int) (c >>> 32 & 0xFF)]
              ^ TABLES[2][(int) (c >>> 40 & 0xFF)]
              ^ TABLES[1][(int) (c >>> 48 & 0xFF)]
              ^ t0[(int) (c >>> 56)];
      i += 8;
    }
    while (i < end) {
      c = t0[(int) ((c ^ bytes[i++]) & 0xFF)] ^ (c >>> 8);
    }
    crc = c;
  }

  /** The current value, final XOR applied. */
  public long value() {
    return ~crc;
  }

  @Override
  public byte[] finish() {
    long value = value();
    byte[] out = new byte[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return out;
  }

  private static long[][] tables() {
    long[][] tables = new long[8][256];
    for (int n = 0; n < 256; n++) {
      long c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
      }
      tables[0][n] = c;
    }
    for (int n = 0; n < 256; n++) {
      long c = tables[0][n];
      for (int k = 1; k < 8; k++) {
        c = tables[0][(int) (c & 0xFF)] ^ (c >>> 8);
        tables[k][n] = c;
      }
    }
    return tables;
  }
}
