package org.moto4j.s3.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.moto4j.s3.S3Errors;

/**
 * The payload's SHA-256 a SigV4 request states in {@code x-amz-content-sha256}, which S3 compares
 * with the body it received. Only a hex digest states one: {@code UNSIGNED-PAYLOAD} and the {@code
 * STREAMING-*} values say nothing about the whole body's bytes.
 *
 * <pre>{@code
 * String stated = ContentSha256.stated(request);          // null: nothing to compare
 * ContentSha256.check(stated, sha256OfTheBody);           // XAmzContentSHA256Mismatch
 * }</pre>
 */
public final class ContentSha256 {

  /** The header SigV4 states the payload's hash in. */
  public static final String HEADER = "x-amz-content-sha256";

  private ContentSha256() {}

  /** The hex digest the request states (lower case), or {@code null} when it states none. */
  public static String stated(S3Request request) {
    String value = request.header(HEADER);
    return value != null && isHexSha256(value) ? value.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * Compares the body's digest with the stated one.
   *
   * @param stated from {@link #stated}; nothing is checked when {@code null}
   * @throws org.moto4j.core.protocol.AwsException {@code XAmzContentSHA256Mismatch}
   */
  public static void check(String stated, byte[] computed) {
    if (stated == null) {
      return;
    }
    String hex = HexFormat.of().formatHex(computed);
    if (!hex.equals(stated)) {
      throw S3Errors.CONTENT_SHA256_MISMATCH
          .exception()
          .with("ClientComputedContentSHA256", stated)
          .with("S3ComputedContentSHA256", hex);
    }
  }

  /** Like {@link #check(String, byte[])}, for a body read whole. */
  public static void checkBody(String stated, byte[] body) {
    if (stated == null) {
      return;
    }
    try {
      check(stated, MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static boolean isHexSha256(String value) {
    return value.length() == 64 && value.chars().allMatch(ContentSha256::isHexDigit);
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
