package org.moto4j.iam.internal.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as virtual MFA devices compute them: HMAC-SHA1 over
 * 30-second steps, six digits. {@code EnableMFADevice} and {@code ResyncMFADevice} ask for two
 * consecutive codes; they are accepted within a window around now, for clock skew.
 */
public final class Totp {

  /** The step of a code, in seconds. */
  public static final int STEP_SECONDS = 30;

  /** How many steps either side of now two consecutive codes may come from. */
  static final int WINDOW_STEPS = 10;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new secret: 40 random bytes, 64 base32 characters, the length AWS's seeds have. */
  static String newSeed() {
    byte[] secret = new byte[40];
    RANDOM.nextBytes(secret);
    return base32(secret);
  }

  /** The code of {@code seed} (base32) for time step {@code step}. */
  public static String code(String seed, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(unbase32(seed), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is a required JDK algorithm", e);
    }
  }

  /** Whether {@code first} then {@code second} are the codes of two consecutive steps near now. */
  static boolean consecutive(String seed, String first, String second, Instant now) {
    long current = now.getEpochSecond() / STEP_SECONDS;
    for (long step = current - WINDOW_STEPS; step <= current + WINDOW_STEPS; step++) {
      if (code(seed, step).equals(first) && code(seed, step + 1).equals(second)) {
        return true;
      }
    }
    return false;
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = buffer << 8 | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static byte[] unbase32(String text) {
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      int value = BASE32.indexOf(Character.toUpperCase(c));
      if (value < 0) {
        continue;
      }
      buffer = buffer << 5 | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >>> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
