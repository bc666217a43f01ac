package org.moto4j.iam.internal.certificate;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Just enough DER to re-wrap PKCS#1 and SEC 1 private keys as PKCS#8. */
final class Der {

  private Der() {}

  /** A tag-length-value element. */
  static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
    out.write(tag);
    int length = value.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(value);
    return out.toByteArray();
  }

  /** A SEQUENCE of already encoded elements. */
  static byte[] sequence(byte[]... elements) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] element : elements) {
      content.writeBytes(element);
    }
    return tlv(0x30, content.toByteArray());
  }

  /**
   * The content of the explicitly tagged field {@code [number]} directly inside the top-level
   * SEQUENCE {@code der}, or {@code null} when there is none or the DER is broken.
   */
  static byte[] contextField(byte[] der, int number) {
    try {
      int[] outer = header(der, 0);
      if (der[0] != 0x30) {
        return null;
      }
      int position = outer[0];
      int end = position + outer[1];
      while (position < end) {
        int tag = der[position] & 0xff;
        int[] element = header(der, position);
        if (tag == (0xa0 | number)) {
          return Arrays.copyOfRange(der, element[0], element[0] + element[1]);
        }
        position = element[0] + element[1];
      }
      return null;
    } catch (ArrayIndexOutOfBoundsException e) {
      return null;
    }
  }

  /** The offset of an element's content and its length. */
  private static int[] header(byte[] der, int offset) {
    int first = der[offset + 1] & 0xff;
    if (first < 0x80) {
      return new int[] {offset + 2, first};
    }
    int bytes = first & 0x7f;
    int length = 0;
    for (int i = 0; i < bytes; i++) {
      length = length << 8 | (der[offset + 2 + i] & 0xff);
    }
    return new int[] {offset + 2 + bytes, length};
  }
}
