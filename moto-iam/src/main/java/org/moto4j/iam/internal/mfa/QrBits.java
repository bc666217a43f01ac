package org.moto4j.iam.internal.mfa;

import java.io.ByteArrayOutputStream;

/** A growing sequence of bits, most significant first. */
final class QrBits {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private int current;
  private int length;

  /** Appends the low {@code count} bits of {@code value}. */
  void append(int value, int count) {
    for (int i = count - 1; i >= 0; i--) {
      current = current << 1 | ((value >>> i) & 1);
      length++;
      if (length % 8 == 0) {
        bytes.write(current);
        current = 0;
      }
    }
  }

  int length() {
    return length;
  }

  byte[] toBytes() {
    return bytes.toByteArray();
  }
}
