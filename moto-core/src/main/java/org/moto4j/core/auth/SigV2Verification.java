package org.moto4j.core.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.Protocol;

/**
 * Checks an S3 SigV2 signature ({@code Authorization: AWS AKID:signature}, or a presigned {@code
 * AWSAccessKeyId}/{@code Expires}/{@code Signature} query): Base64 HMAC-SHA1 of the verb, {@code
 * Content-MD5}, {@code Content-Type}, the date (or {@code Expires}), the {@code x-amz-*} headers
 * and the resource with its sub-resources, as the S3 documentation "Signing and authenticating REST
 * requests" lays out.
 */
final class SigV2Verification {

  /** The query parameters that belong to the signed resource. */
  private static final Set<String> SUB_RESOURCES =
      Set.of(
          "accelerate",
          "acl",
          "analytics",
          "cors",
          "delete",
          "encryption",
          "intelligent-tiering",
          "inventory",
          "legal-hold",
          "lifecycle",
          "location",
          "logging",
          "metrics",
          "notification",
          "object-lock",
          "ownershipControls",
          "partNumber",
          "policy",
          "policyStatus",
          "publicAccessBlock",
          "replication",
          "requestPayment",
          "response-cache-control",
          "response-content-disposition",
          "response-content-encoding",
          "response-content-language",
          "response-content-type",
          "response-expires",
          "restore",
          "retention",
          "select",
          "select-type",
          "tagging",
          "torrent",
          "uploadId",
          "uploads",
          "versionId",
          "versioning",
          "versions",
          "website");

  private final SigV4Verification.Credentials credentials;

  SigV2Verification(SigV4Verification.Credentials credentials) {
    this.credentials = credentials;
  }

  /** Verifies an {@code Authorization: AWS AKID:signature} request. */
  IssuedCredential verifyHeader(
      MotoRequest request, String authorization, Protocol protocol, Instant now) {
    String rest = authorization.substring("AWS ".length()).trim();
    int colon = rest.lastIndexOf(':');
    String accessKeyId = rest.substring(0, colon);
    String signature = rest.substring(colon + 1);
    String amzDate = request.header("x-amz-date");
    String sent = amzDate != null ? amzDate : request.header("Date");
    if (sent == null) {
      throw SignatureErrors.MISSING_DATE.exception(protocol, authorization);
    }
    Instant date = SignedDates.parseHttpDate(sent);
    if (date == null) {
      date = SignedDates.parseAmzDate(sent.trim());
    }
    if (date == null) {
      throw SignatureErrors.MALFORMED_DATE.exception(protocol, sent);
    }
    IssuedCredential issued =
        credentials.of(accessKeyId, request.header("x-amz-security-token"), protocol);
    SignedDates.checkSkew(date, sent, now, protocol);
    check(request, protocol, issued, amzDate != null ? "" : sent, signature, false);
    return issued;
  }

  /** Verifies a presigned {@code AWSAccessKeyId=…&Expires=…&Signature=…} request. */
  IssuedCredential verifyPresigned(MotoRequest request, Protocol protocol, Instant now) {
    String accessKeyId = request.queryParameter("AWSAccessKeyId");
    String expires = request.queryParameter("Expires");
    String signature = request.queryParameter("Signature");
    if (expires == null || signature == null) {
      // moto-s3 answers the exact S3 wording for missing V2 parameters; this is the fallback.
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol,
          "Query-string authentication requires the Signature, Expires and AWSAccessKeyId"
              + " parameters");
    }
    long expiresSeconds;
    try {
      expiresSeconds = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol, "Invalid date (should be seconds since epoch): " + expires);
    }
    String token = request.queryParameter("x-amz-security-token");
    IssuedCredential issued =
        credentials.of(
            accessKeyId, token != null ? token : request.header("x-amz-security-token"), protocol);
    Instant expiry = Instant.ofEpochSecond(expiresSeconds);
    if (now.isAfter(expiry)) {
      throw SignatureErrors.REQUEST_EXPIRED
          .exception(protocol)
          .with("Expires", expiry.toString())
          .with("ServerTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    check(request, protocol, issued, expires, signature, true);
    return issued;
  }

  private void check(
      MotoRequest request,
      Protocol protocol,
      IssuedCredential issued,
      String dateLine,
      String provided,
      boolean presigned) {
    byte[] secret = issued.secretAccessKey().getBytes(StandardCharsets.UTF_8);
    String first = null;
    for (String resource : resources(request)) {
      String stringToSign = stringToSign(request, dateLine, resource, presigned);
      String expected =
          Base64.getEncoder()
              .encodeToString(
                  SigningKeys.hmacSha1(secret, stringToSign.getBytes(StandardCharsets.UTF_8)));
      if (SigningKeys.sameSignature(expected, provided.trim())) {
        return;
      }
      if (first == null) {
        first = stringToSign;
      }
    }
    throw SignatureErrors.SIGNATURE_DOES_NOT_MATCH
        .exception(protocol)
        .with("AWSAccessKeyId", issued.accessKeyId())
        .with("StringToSign", first)
        .with("SignatureProvided", provided)
        .with("StringToSignBytes", SigningKeys.spacedHex(first));
  }

  static String stringToSign(
      MotoRequest request, String dateLine, String resource, boolean presigned) {
    StringBuilder out = new StringBuilder(128);
    out.append(request.method()).append('\n');
    out.append(orEmpty(request.header("Content-MD5"))).append('\n');
    out.append(orEmpty(request.header("Content-Type"))).append('\n');
    out.append(dateLine).append('\n');
    Map<String, List<String>> amzHeaders = new TreeMap<>();
    for (String name : request.headers().names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("x-amz-")) {
        amzHeaders
            .computeIfAbsent(lower, k -> new ArrayList<>())
            .addAll(request.headers().all(name));
      }
    }
    if (presigned) {
      // Presigners put the x-amz-* headers they signed (the session token…) in the query.
      for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
        String lower = parameter.getKey().toLowerCase(Locale.ROOT);
        if (lower.startsWith("x-amz-")) {
          amzHeaders.computeIfAbsent(lower, k -> new ArrayList<>()).addAll(parameter.getValue());
        }
      }
    }
    for (Map.Entry<String, List<String>> header : amzHeaders.entrySet()) {
      out.append(header.getKey()).append(':');
      List<String> values = header.getValue();
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "" : ",").append(values.get(i).trim());
      }
      out.append('\n');
    }
    out.append(resource);
    return out.toString();
  }

  /**
   * The resources the request may have signed: its path with sub-resources and, when the host looks
   * like {@code bucket.…}, the virtual-hosted form {@code /bucket/path}. moto4j does not know every
   * endpoint a client may use, so both are tried.
   */
  private static List<String> resources(MotoRequest request) {
    String subResources = subResources(request);
    List<String> resources = new ArrayList<>(2);
    String host = request.host();
    String bucket = virtualHostedBucket(host);
    if (bucket != null) {
      resources.add("/" + bucket + request.rawPath() + subResources);
    }
    resources.add(request.rawPath() + subResources);
    return resources;
  }

  private static String virtualHostedBucket(String host) {
    int s3 = host.indexOf(".s3.");
    if (s3 < 0) {
      s3 = host.indexOf(".s3-");
    }
    if (s3 > 0) {
      return host.substring(0, s3);
    }
    int dot = host.indexOf('.');
    if (dot <= 0 || host.startsWith("[") || Character.isDigit(host.charAt(host.length() - 1))) {
      return null;
    }
    String first = host.substring(0, dot);
    return first.equals("s3") || first.startsWith("s3-") ? null : first;
  }

  private static String subResources(MotoRequest request) {
    TreeMap<String, String> kept = new TreeMap<>();
    for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
      if (SUB_RESOURCES.contains(parameter.getKey())) {
        List<String> values = parameter.getValue();
        kept.put(parameter.getKey(), values.isEmpty() ? "" : values.get(0));
      }
    }
    if (kept.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> parameter : kept.entrySet()) {
      out.append(out.length() == 0 ? '?' : '&').append(parameter.getKey());
      if (!parameter.getValue().isEmpty()) {
        out.append('=').append(parameter.getValue());
      }
    }
    return out.toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}
