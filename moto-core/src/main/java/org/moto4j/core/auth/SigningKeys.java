package org.moto4j.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 signing keys ({@code kSigning} = HMAC chain of secret, date, region, service and {@code
 * aws4_request}), derived once per secret and scope and then kept, plus the hashing primitives the
 * signature checks share. The hot path costs one map lookup and one HMAC per request.
 */
final class SigningKeys {

  /** Beyond this many cached keys the cache starts over: a bound, not an eviction policy. */
  private static final int MAX_CACHED = 4096;

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(() -> newDigest("SHA-256"));
  private static final ThreadLocal<Mac> HMAC_SHA256 =
      ThreadLocal.withInitial(() -> newMac("HmacSHA256"));
  private static final ThreadLocal<Mac> HMAC_SHA1 =
      ThreadLocal.withInitial(() -> newMac("HmacSHA1"));

  private final Map<String, byte[]> byScope = new ConcurrentHashMap<>();

  /**
   * The signing key of {@code secret} for the scope {@code date/region/service/aws4_request}.
   *
   * @param scope {@code date/region/service/aws4_request}, exactly as the client wrote it
   */
  byte[] signingKey(String secret, String date, String region, String service, String scope) {
    // The secret is part of the cache key: a key id reissued after a reset has a new secret.
    String cacheKey = scope + '\n' + secret;
    byte[] key = byScope.get(cacheKey);
    if (key == null) {
      key = derive(secret, date, region, service);
      if (byScope.size() >= MAX_CACHED) {
        byScope.clear();
      }
      byScope.put(cacheKey, key);
    }
    return key;
  }

  /** Derives a signing key, without caching. */
  static byte[] derive(String secret, String date, String region, String service) {
    byte[] key = hmacSha256(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmacSha256(key, region);
    key = hmacSha256(key, service);
    return hmacSha256(key, "aws4_request");
  }

  static byte[] hmacSha256(byte[] key, String data) {
    return hmacSha256(key, data.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    Mac mac = HMAC_SHA256.get();
    try {
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return mac.doFinal(data);
  }

  static byte[] hmacSha1(byte[] key, byte[] data) {
    Mac mac = HMAC_SHA1.get();
    try {
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return mac.doFinal(data);
  }

  /** The lower-case hex SHA-256 of {@code data}. */
  static String sha256Hex(byte[] data) {
    MessageDigest digest = SHA256.get();
    digest.reset();
    return hex(digest.digest(data));
  }

  static String sha256Hex(String data) {
    return sha256Hex(data.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Compares two signatures in time independent of where they differ. */
  static boolean sameSignature(String expected, String provided) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), provided.getBytes(StandardCharsets.US_ASCII));
  }

  /** S3's {@code StringToSignBytes}: each byte as two hex digits, separated by spaces. */
  static String spacedHex(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
    return out.toString();
  }

  static MessageDigest newDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Mac newMac(String algorithm) {
    try {
      return Mac.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
