package org.moto4j.core.auth;

import java.security.SecureRandom;
import java.util.Optional;
import org.moto4j.core.AccountId;

/**
 * Access key ids in AWS's layout: a four-letter prefix ({@code AKIA} long-lived, {@code ASIA}
 * temporary), the account in eight base32 characters, a character carrying the account's lowest
 * bit, and a random tail; twenty characters in all. The account can thus be read back from the key
 * alone, as {@code sts:GetAccessKeyInfo} does on real keys.
 */
public final class AccessKeyIds {

  /** Prefix of long-lived keys, as IAM issues them. */
  public static final String LONG_TERM_PREFIX = "AKIA";

  /** Prefix of temporary keys, as STS issues them. */
  public static final String TEMPORARY_PREFIX = "ASIA";

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String ALPHANUMERIC_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final long ACCOUNT_OFFSET = 1L << 39;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessKeyIds() {}

  /** A new key id for {@code account} with the given prefix. */
  public static String generate(String prefix, AccountId account) {
    long id = Long.parseLong(account.value());
    long encoded = ACCOUNT_OFFSET + id / 2;
    StringBuilder key = new StringBuilder(20).append(prefix);
    for (int shift = 35; shift >= 0; shift -= 5) {
      key.append(BASE32.charAt((int) (encoded >>> shift) & 31));
    }
    // The ninth character's top bit is the account's lowest bit.
    key.append(BASE32.charAt((int) (id & 1) * 16 + RANDOM.nextInt(16)));
    while (key.length() < 20) {
      key.append(ALPHANUMERIC_UPPER.charAt(RANDOM.nextInt(ALPHANUMERIC_UPPER.length())));
    }
    return key.toString();
  }

  /** The tail of every account's root key id, which tells it apart from issued keys. */
  static final String ROOT_TAIL = "ROOTKEY";

  /**
   * The access key id of {@code account}'s root user: AWS's layout, the same for the account every
   * time, so that a client can fetch the root credentials once and keep them across resets.
   */
  public static String root(AccountId account) {
    long id = Long.parseLong(account.value());
    long encoded = ACCOUNT_OFFSET + id / 2;
    StringBuilder key = new StringBuilder(20).append(LONG_TERM_PREFIX);
    for (int shift = 35; shift >= 0; shift -= 5) {
      key.append(BASE32.charAt((int) (encoded >>> shift) & 31));
    }
    key.append(BASE32.charAt((int) (id & 1) * 16));
    return key.append(ROOT_TAIL).toString();
  }

  /** Whether {@code accessKeyId} has the shape of a root key id (see {@link #root}). */
  public static boolean isRoot(String accessKeyId) {
    return accessKeyId != null
        && accessKeyId.length() == 20
        && accessKeyId.endsWith(ROOT_TAIL)
        && accountOf(accessKeyId).map(account -> root(account).equals(accessKeyId)).orElse(false);
  }

  /** The account a key in AWS's layout belongs to; empty for a key of any other shape. */
  public static Optional<AccountId> accountOf(String accessKeyId) {
    if (accessKeyId == null || accessKeyId.length() < 16 || accessKeyId.length() > 128) {
      return Optional.empty();
    }
    long encoded = 0;
    for (int i = 4; i < 12; i++) {
      int digit = BASE32.indexOf(accessKeyId.charAt(i));
      if (digit < 0) {
        return Optional.empty();
      }
      encoded = encoded << 5 | digit;
    }
    int ninth = BASE32.indexOf(accessKeyId.charAt(12));
    if (ninth < 0) {
      return Optional.empty();
    }
    long id = (encoded & (ACCOUNT_OFFSET - 1)) * 2 + (ninth >>> 4);
    if (id > 999_999_999_999L) {
      return Optional.empty();
    }
    return Optional.of(AccountId.of(String.format("%012d", id)));
  }

  /** A 40-character secret access key. */
  public static String secret() {
    return random(SECRET_ALPHABET, 40);
  }

  /** An opaque session token, shaped like the ones STS returns. */
  public static String sessionToken() {
    return "IQoJb3JpZ2luX2VjE" + random(SECRET_ALPHABET, 339);
  }

  /** A random unique id with the given IAM prefix ({@code AIDA} users, {@code AROA} roles…). */
  public static String uniqueId(String prefix) {
    return prefix + random(ALPHANUMERIC_UPPER.substring(0, 26) + "234567", 17);
  }

  private static String random(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
