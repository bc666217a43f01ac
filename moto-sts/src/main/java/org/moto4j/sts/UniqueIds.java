package org.moto4j.sts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Unique ids (AROA…, AIDA…) derived from a name, so one principal always gets the same id. */
final class UniqueIds {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private UniqueIds() {}

  /** {@code prefix} and seventeen characters derived from {@code seed}, as IAM's ids are long. */
  static String stable(String prefix, String seed) {
    byte[] digest = sha256(seed);
    StringBuilder id = new StringBuilder(prefix.length() + 17).append(prefix);
    for (int i = 0; i < 17; i++) {
      id.append(ALPHABET.charAt((digest[i] & 0xFF) % ALPHABET.length()));
    }
    return id.toString();
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
