package org.moto4j.s3;

import java.util.Comparator;

/**
 * S3's key order: by Unicode code point, which is the order of the keys' UTF-8 bytes (Java's {@code
 * String.compareTo} orders UTF-16 units, which differs for characters beyond U+FFFF).
 */
public final class KeyOrder implements Comparator<String> {

  /** The one instance. */
  public static final KeyOrder INSTANCE = new KeyOrder();

  private KeyOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    if (i < a.length()) {
      return 1;
    }
    return j < b.length() ? -1 : 0;
  }
}
