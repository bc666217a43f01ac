package org.moto4j.core.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids in the shapes AWS uses. */
public final class RequestIds {

  private RequestIds() {}

  /** S3's form: sixteen upper-case hex digits. */
  public static String s3() {
    return HexFormat.of()
        .withUpperCase()
        .formatHex(longToBytes(ThreadLocalRandom.current().nextLong()));
  }

  /** The query protocols' form: a UUID. */
  public static String uuid() {
    return new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong())
        .toString();
  }

  /** S3's {@code x-amz-id-2}: an opaque base64 token, derived from the request id. */
  public static String hostId(String requestId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(requestId.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] longToBytes(long value) {
    byte[] bytes = new byte[8];
    for (int i = 7; i >= 0; i--) {
      bytes[i] = (byte) value;
      value >>>= 8;
    }
    return bytes;
  }
}
