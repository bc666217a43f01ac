package org.moto4j.s3;

import java.nio.charset.StandardCharsets;

/** Keys as request paths, for tests that write objects with plain HTTP. */
final class KeyPaths {

  private KeyPaths() {}

  /** A key as a path: every UTF-8 byte escaped but unreserved characters and {@code /}. */
  static String escape(String key) {
    StringBuilder out = new StringBuilder();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && Character.isLetterOrDigit(c) || "-_.~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append(String.format("%%%02X", c));
      }
    }
    return out.toString();
  }
}
