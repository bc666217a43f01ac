package org.moto4j.iam.internal.mfa;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A QR code (ISO/IEC 18004) of a short text, as authenticator apps scan a virtual MFA device's
 * {@code otpauth://} URI: byte mode, error correction level M, the smallest of versions 1 to 10
 * that holds the text, with the data mask of the lowest penalty, as the standard picks it.
 */
final class QrCode {

  /** Bytes a version-10 code holds at level M in byte mode. */
  static final int MAX_BYTES = 213;

  // Per version 1..10 at level M: EC codewords per block, then (blocks, data codewords) groups.
  private static final int[][] BLOCKS = {
    {10, 1, 16},
    {16, 1, 28},
    {26, 1, 44},
    {18, 2, 32},
    {24, 2, 43},
    {16, 4, 27},
    {18, 4, 31},
    {22, 2, 38, 2, 39},
    {22, 3, 36, 2, 37},
    {26, 4, 43, 1, 44},
  };

  private static final int[][] ALIGNMENT = {
    {},
    {6, 18},
    {6, 22},
    {6, 26},
    {6, 30},
    {6, 34},
    {6, 22, 38},
    {6, 24, 42},
    {6, 26, 46},
    {6, 28, 50},
  };

  private final int version;
  private final int size;
  private final boolean[][] dark;
  private final boolean[][] function;
  private int mask;

  private QrCode(int version) {
    this.version = version;
    this.size = version * 4 + 17;
    this.dark = new boolean[size][size];
    this.function = new boolean[size][size];
  }

  /**
   * The modules of the code of {@code data}, {@code [row][column]}, true where dark.
   *
   * @throws IllegalArgumentException for more than {@link #MAX_BYTES} bytes
   */
  static boolean[][] encode(byte[] data) {
    for (int version = 1; version <= BLOCKS.length; version++) {
      if (data.length <= capacity(version)) {
        QrCode code = new QrCode(version);
        code.drawFunctionPatterns();
        code.drawCodewords(code.codewords(data));
        code.chooseMask();
        return code.dark;
      }
    }
    throw new IllegalArgumentException("Too long for a version-10 QR code: " + data.length);
  }

  private static int capacity(int version) {
    return dataCodewords(version) - (version < 10 ? 2 : 3);
  }

  private static int dataCodewords(int version) {
    int[] row = BLOCKS[version - 1];
    int total = 0;
    for (int i = 1; i < row.length; i += 2) {
      total += row[i] * row[i + 1];
    }
    return total;
  }

  /** Mode, count, data, terminator and padding, split into blocks with their EC, interleaved. */
  private byte[] codewords(byte[] data) {
    int capacity = dataCodewords(version);
    QrBits bits = new QrBits();
    bits.append(0b0100, 4);
    bits.append(data.length, version < 10 ? 8 : 16);
    for (byte b : data) {
      bits.append(b & 0xff, 8);
    }
    bits.append(0, Math.min(4, capacity * 8 - bits.length()));
    bits.append(0, (8 - bits.length() % 8) % 8);
    byte[] padded = new byte[capacity];
    byte[] filled = bits.toBytes();
    System.arraycopy(filled, 0, padded, 0, filled.length);
    for (int i = filled.length, pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) {
      padded[i] = (byte) pad;
    }
    int[] row = BLOCKS[version - 1];
    int ecLength = row[0];
    byte[] divisor = ReedSolomon.divisor(ecLength);
    List<byte[]> dataBlocks = new ArrayList<>();
    List<byte[]> ecBlocks = new ArrayList<>();
    int offset = 0;
    for (int group = 1; group < row.length; group += 2) {
      for (int block = 0; block < row[group]; block++) {
        byte[] blockData = new byte[row[group + 1]];
        System.arraycopy(padded, offset, blockData, 0, blockData.length);
        offset += blockData.length;
        dataBlocks.add(blockData);
        ecBlocks.add(ReedSolomon.remainder(blockData, divisor));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int longest = dataBlocks.get(dataBlocks.size() - 1).length;
    for (int i = 0; i < longest; i++) {
      for (byte[] block : dataBlocks) {
        if (i < block.length) {
          out.write(block[i]);
        }
      }
    }
    for (int i = 0; i < ecLength; i++) {
      for (byte[] block : ecBlocks) {
        out.write(block[i]);
      }
    }
    return out.toByteArray();
  }

  private void drawFunctionPatterns() {
    for (int i = 0; i < size; i++) {
      set(6, i, i % 2 == 0);
      set(i, 6, i % 2 == 0);
    }
    drawFinder(3, 3);
    drawFinder(size - 4, 3);
    drawFinder(3, size - 4);
    int[] positions = ALIGNMENT[version - 1];
    int last = positions.length - 1;
    for (int i = 0; i < positions.length; i++) {
      for (int j = 0; j < positions.length; j++) {
        boolean corner = (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0);
        if (!corner) {
          drawAlignment(positions[i], positions[j]);
        }
      }
    }
    drawFormatBits(); // reserves the format areas; drawn again once the mask is applied
    if (version >= 7) {
      drawVersion();
    }
  }

  private void drawFinder(int x, int y) {
    for (int dy = -4; dy <= 4; dy++) {
      for (int dx = -4; dx <= 4; dx++) {
        int distance = Math.max(Math.abs(dx), Math.abs(dy));
        int column = x + dx;
        int row = y + dy;
        if (column >= 0 && column < size && row >= 0 && row < size) {
          set(column, row, distance != 2 && distance != 4);
        }
      }
    }
  }

  private void drawAlignment(int x, int y) {
    for (int dy = -2; dy <= 2; dy++) {
      for (int dx = -2; dx <= 2; dx++) {
        set(x + dx, y + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
      }
    }
  }

  /** Level M (00) and the mask, BCH-protected and masked as the standard says. */
  private void drawFormatBits() {
    int data = mask; // level M is 00, followed by the mask's three bits
    int remainder = data;
    for (int i = 0; i < 10; i++) {
      remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    }
    int bits = (data << 10 | remainder) ^ 0x5412;
    for (int i = 0; i <= 5; i++) {
      set(8, i, bit(bits, i));
    }
    set(8, 7, bit(bits, 6));
    set(8, 8, bit(bits, 7));
    set(7, 8, bit(bits, 8));
    for (int i = 9; i < 15; i++) {
      set(14 - i, 8, bit(bits, i));
    }
    for (int i = 0; i < 8; i++) {
      set(size - 1 - i, 8, bit(bits, i));
    }
    for (int i = 8; i < 15; i++) {
      set(8, size - 15 + i, bit(bits, i));
    }
    set(8, size - 8, true); // the dark module
  }

  private void drawVersion() {
    int remainder = version;
    for (int i = 0; i < 12; i++) {
      remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    }
    int bits = version << 12 | remainder;
    for (int i = 0; i < 18; i++) {
      boolean on = bit(bits, i);
      int a = size - 11 + i % 3;
      int b = i / 3;
      set(a, b, on);
      set(b, a, on);
    }
  }

  /** Places the codewords in the two-column zigzag, skipping function modules. */
  private void drawCodewords(byte[] codewords) {
    int index = 0;
    for (int right = size - 1; right >= 1; right -= 2) {
      if (right == 6) {
        right = 5;
      }
      for (int vertical = 0; vertical < size; vertical++) {
        for (int j = 0; j < 2; j++) {
          int x = right - j;
          boolean upward = ((right + 1) & 2) == 0;
          int y = upward ? size - 1 - vertical : vertical;
          if (!function[y][x] && index < codewords.length * 8) {
            dark[y][x] = bit(codewords[index >>> 3], 7 - (index & 7));
            index++;
          }
        }
      }
    }
  }

  /** Tries the eight masks and keeps the one of the lowest penalty. */
  private void chooseMask() {
    int best = 0;
    int lowest = Integer.MAX_VALUE;
    for (int candidate = 0; candidate < 8; candidate++) {
      mask = candidate;
      applyMask(candidate);
      drawFormatBits();
      int penalty = penalty();
      if (penalty < lowest) {
        lowest = penalty;
        best = candidate;
      }
      applyMask(candidate); // masking twice undoes it
    }
    mask = best;
    applyMask(best);
    drawFormatBits();
  }

  private void applyMask(int pattern) {
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (!function[y][x] && masked(pattern, x, y)) {
          dark[y][x] = !dark[y][x];
        }
      }
    }
  }

  private static boolean masked(int pattern, int x, int y) {
    return switch (pattern) {
      case 0 -> (x + y) % 2 == 0;
      case 1 -> y % 2 == 0;
      case 2 -> x % 3 == 0;
      case 3 -> (x + y) % 3 == 0;
      case 4 -> (x / 3 + y / 2) % 2 == 0;
      case 5 -> x * y % 2 + x * y % 3 == 0;
      case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
      default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
    };
  }

  /** The standard's penalty: long runs, 2x2 blocks, finder look-alikes, dark/light balance. */
  private int penalty() {
    int score = 0;
    int darkCount = 0;
    for (int i = 0; i < size; i++) {
      score += runs(i, true) + runs(i, false);
      score += lookAlikes(i, true) + lookAlikes(i, false);
    }
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (dark[y][x]) {
          darkCount++;
        }
        if (x + 1 < size
            && y + 1 < size
            && dark[y][x] == dark[y][x + 1]
            && dark[y][x] == dark[y + 1][x]
            && dark[y][x] == dark[y + 1][x + 1]) {
          score += 3;
        }
      }
    }
    int percent = darkCount * 100 / (size * size);
    return score + Math.abs(percent - 50) / 5 * 10;
  }

  private boolean at(int line, int i, boolean row) {
    return row ? dark[line][i] : dark[i][line];
  }

  private int runs(int line, boolean row) {
    int score = 0;
    int run = 1;
    for (int i = 1; i <= size; i++) {
      if (i < size && at(line, i, row) == at(line, i - 1, row)) {
        run++;
        continue;
      }
      if (run >= 5) {
        score += 3 + run - 5;
      }
      run = 1;
    }
    return score;
  }

  private static final boolean[] LOOK_ALIKE = {
    true, false, true, true, true, false, true, false, false, false, false
  };

  private int lookAlikes(int line, boolean row) {
    int score = 0;
    for (int start = 0; start + LOOK_ALIKE.length <= size; start++) {
      boolean forward = true;
      boolean backward = true;
      for (int k = 0; k < LOOK_ALIKE.length; k++) {
        boolean module = at(line, start + k, row);
        forward &= module == LOOK_ALIKE[k];
        backward &= module == LOOK_ALIKE[LOOK_ALIKE.length - 1 - k];
      }
      score += (forward ? 40 : 0) + (backward ? 40 : 0);
    }
    return score;
  }

  private void set(int x, int y, boolean on) {
    dark[y][x] = on;
    function[y][x] = true;
  }

  private static boolean bit(int value, int index) {
    return ((value >>> index) & 1) != 0;
  }
}
