package org.moto4j.benchmarks.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a query-protocol POST as the AWS SDKs do (Signature Version 4, header form), so the load
 * carries real credentials: the account and caller come from the access key, exactly as for an SDK
 * client, and the requests stay valid once moto4j verifies signatures.
 */
final class SigV4Signer {

  static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private SigV4Signer() {}

  /**
   * The headers of a signed POST to {@code /} of {@code host}: name, value, name, value…
   *
   * @param credentials the key, secret and (for STS credentials) session token
   * @param service the signing name, {@code iam} or {@code sts}
   */
  static String[] headers(
      Credentials credentials, String service, String host, byte[] body, Instant now) {
    String amzDate = STAMP.format(now);
    String day = amzDate.substring(0, 8);
    String scope = day + "/us-east-1/" + service + "/aws4_request";
    boolean session = credentials.sessionToken() != null;
    String signedHeaders =
        session
            ? "content-type;host;x-amz-date;x-amz-security-token"
            : "content-type;host;x-amz-date";
    String canonicalHeaders =
        "content-type:"
            + CONTENT_TYPE
            + "\nhost:"
            + host
            + "\nx-amz-date:"
            + amzDate
            + "\n"
            + (session ? "x-amz-security-token:" + credentials.sessionToken() + "\n" : "");
    String canonicalRequest =
        "POST\n/\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + sha256Hex(body);
    String stringToSign =
        "AWS4-HMAC-SHA256\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    byte[] key = hmac(("AWS4" + credentials.secretKey()).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, "us-east-1");
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = HEX.formatHex(hmac(key, stringToSign));
    String authorization =
        "AWS4-HMAC-SHA256 Credential="
            + credentials.accessKeyId()
            + "/"
            + scope
            + ", SignedHeaders="
            + signedHeaders
            + ", Signature="
            + signature;
    return session
        ? new String[] {
          "Content-Type", CONTENT_TYPE,
          "X-Amz-Date", amzDate,
          "X-Amz-Security-Token", credentials.sessionToken(),
          "Authorization", authorization
        }
        : new String[] {
          "Content-Type", CONTENT_TYPE, "X-Amz-Date", amzDate, "Authorization", authorization
        };
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
