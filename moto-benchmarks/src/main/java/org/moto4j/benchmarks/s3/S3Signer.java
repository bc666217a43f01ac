package org.moto4j.benchmarks.s3;

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
 * Signs requests as the AWS SDKs do over plain HTTP (Signature Version 4, header form, the
 * payload's SHA-256 signed), so that with access control on moto4j verifies each one and evaluates
 * the caller's policies, as it would for an SDK client. Thread-safe: one signer serves every
 * client.
 *
 * @param accessKeyId the access key
 * @param secretKey its secret
 */
record S3Signer(String accessKeyId, String secretKey) {

  static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  /**
   * The headers of a signed S3 request (name, value, …).
   *
   * @param payloadSha256 the hex SHA-256 of the body, computed once by the caller
   */
  String[] s3(String method, String path, String host, String payloadSha256) {
    String amzDate = STAMP.format(Instant.now());
    String signedHeaders = "host;x-amz-content-sha256;x-amz-date";
    String canonicalRequest =
        method
            + "\n"
            + path
            + "\n\nhost:"
            + host
            + "\nx-amz-content-sha256:"
            + payloadSha256
            + "\nx-amz-date:"
            + amzDate
            + "\n\n"
            + signedHeaders
            + "\n"
            + payloadSha256;
    return new String[] {
      "x-amz-content-sha256",
      payloadSha256,
      "x-amz-date",
      amzDate,
      "Authorization",
      authorization("s3", amzDate, signedHeaders, canonicalRequest)
    };
  }

  /** The headers of a signed query-protocol POST to {@code /} (IAM, STS). */
  String[] query(String service, String host, byte[] form) {
    String amzDate = STAMP.format(Instant.now());
    String signedHeaders = "content-type;host;x-amz-date";
    String canonicalRequest =
        "POST\n/\n\ncontent-type:"
            + FORM
            + "\nhost:"
            + host
            + "\nx-amz-date:"
            + amzDate
            + "\n\n"
            + signedHeaders
            + "\n"
            + sha256Hex(form);
    return new String[] {
      "Content-Type",
      FORM,
      "x-amz-date",
      amzDate,
      "Authorization",
      authorization(service, amzDate, signedHeaders, canonicalRequest)
    };
  }

  private String authorization(
      String service, String amzDate, String signedHeaders, String canonicalRequest) {
    String day = amzDate.substring(0, 8);
    String scope = day + "/us-east-1/" + service + "/aws4_request";
    String stringToSign =
        "AWS4-HMAC-SHA256\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, "us-east-1");
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    return "AWS4-HMAC-SHA256 Credential="
        + accessKeyId
        + "/"
        + scope
        + ", SignedHeaders="
        + signedHeaders
        + ", Signature="
        + HEX.formatHex(hmac(key, stringToSign));
  }

  static String sha256Hex(byte[] bytes) {
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
