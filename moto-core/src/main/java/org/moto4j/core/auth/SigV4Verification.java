package org.moto4j.core.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * Checks a SigV4 signature ({@code AWS4-HMAC-SHA256}), from the {@code Authorization} header or a
 * presigned query, against the secret of the key it names. S3 signs the payload hash the client
 * states in {@code x-amz-content-sha256} (a hex digest, {@code UNSIGNED-PAYLOAD} or a {@code
 * STREAMING-*} marker); query services sign the SHA-256 of the form body.
 */
final class SigV4Verification {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  private static final String STREAMING_SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
  private static final String STREAMING_SIGNED_TRAILER =
      "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
  private static final long MAX_EXPIRES_SECONDS = 604_800;

  private final SigningKeys keys;
  private final Credentials credentials;

  /** How a verification finds the credential behind a key and checks its session token. */
  interface Credentials {
    IssuedCredential of(String accessKeyId, String sessionToken, Protocol protocol);
  }

  SigV4Verification(SigningKeys keys, Credentials credentials) {
    this.keys = keys;
    this.credentials = credentials;
  }

  /** Verifies an {@code Authorization: AWS4-HMAC-SHA256 …} request. */
  IssuedCredential verifyHeader(
      MotoRequest request, String authorization, Protocol protocol, Instant now) {
    String rest = authorization.substring(ALGORITHM.length()).trim();
    String credential = parameter(rest, "Credential");
    String signedHeaders = parameter(rest, "SignedHeaders");
    String signature = parameter(rest, "Signature");
    if (credential == null || signedHeaders == null || signature == null) {
      throw protocol.malformedAuthorization(
          "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders'"
              + " parameters. Authorization="
              + authorization);
    }
    Scope scope = Scope.parse(credential, protocol, false);
    String sentDate = request.header("X-Amz-Date");
    Instant date;
    String amzDate;
    if (sentDate != null) {
      date = SignedDates.parseAmzDate(sentDate.trim());
      if (date == null) {
        throw SignatureErrors.MALFORMED_DATE.exception(protocol, sentDate);
      }
      amzDate = sentDate.trim();
    } else {
      sentDate = request.header("Date");
      if (sentDate == null) {
        throw SignatureErrors.MISSING_DATE.exception(protocol, authorization);
      }
      date = SignedDates.parseHttpDate(sentDate);
      if (date == null) {
        throw SignatureErrors.MALFORMED_DATE.exception(protocol, sentDate);
      }
      amzDate = SignedDates.amzDate(date);
    }
    if (!amzDate.startsWith(scope.date())) {
      throw SignatureErrors.SCOPE_DATE_MISMATCH.exception(
          protocol, scope.date(), amzDate.substring(0, 8), amzDate);
    }
    IssuedCredential issued =
        credentials.of(scope.accessKeyId(), request.header("X-Amz-Security-Token"), protocol);
    SignedDates.checkSkew(date, sentDate, now, protocol);

    String payloadHash;
    if (protocol == Protocol.REST_XML) {
      payloadHash = request.header("x-amz-content-sha256");
      if (payloadHash == null) {
        throw SignatureErrors.MISSING_CONTENT_SHA256.exception(protocol);
      }
      payloadHash = payloadHash.trim();
    } else {
      payloadHash = SigningKeys.sha256Hex(request.bufferedBody(MotoRequest.MAX_FORM_BODY_BYTES));
    }
    List<String> headers = signedHeaders(signedHeaders);
    String expected =
        check(request, protocol, issued, scope, amzDate, headers, payloadHash, signature, false);
    if (protocol == Protocol.REST_XML
        && (payloadHash.equals(STREAMING_SIGNED) || payloadHash.equals(STREAMING_SIGNED_TRAILER))) {
      request.attach(
          ChunkSignatureChain.class,
          new ChunkSignatureChain(
              signingKey(issued, scope),
              amzDate,
              scope.text(),
              expected,
              issued.accessKeyId(),
              payloadHash.equals(STREAMING_SIGNED_TRAILER)));
    }
    return issued;
  }

  /** Verifies a presigned {@code X-Amz-Algorithm=AWS4-HMAC-SHA256&…} request. */
  IssuedCredential verifyPresigned(MotoRequest request, Protocol protocol, Instant now) {
    String credential = request.queryParameter("X-Amz-Credential");
    String amzDate = request.queryParameter("X-Amz-Date");
    String signedHeaders = request.queryParameter("X-Amz-SignedHeaders");
    String signature = request.queryParameter("X-Amz-Signature");
    String expiresText = request.queryParameter("X-Amz-Expires");
    if (credential == null
        || amzDate == null
        || signedHeaders == null
        || signature == null
        || (protocol == Protocol.REST_XML && expiresText == null)) {
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol,
          "Query-string authentication version 4 requires the X-Amz-Algorithm,"
              + " X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and"
              + " X-Amz-Expires parameters.");
    }
    Scope scope = Scope.parse(credential, protocol, true);
    Instant date = SignedDates.parseAmzDate(amzDate);
    if (date == null) {
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol, "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
    }
    long expires = expiresText == null ? -1 : expires(expiresText, protocol);
    if (!amzDate.startsWith(scope.date())) {
      throw SignatureErrors.SCOPE_DATE_MISMATCH.exception(
          protocol, scope.date(), amzDate.substring(0, 8), amzDate);
    }
    String token = request.queryParameter("X-Amz-Security-Token");
    IssuedCredential issued =
        credentials.of(
            scope.accessKeyId(),
            token != null ? token : request.header("X-Amz-Security-Token"),
            protocol);
    if (protocol == Protocol.REST_XML) {
      Instant expiry = date.plusSeconds(expires);
      if (now.isAfter(expiry)) {
        // The same answer moto-s3's PresignedRequests gives when enforcement is off.
        throw SignatureErrors.REQUEST_EXPIRED
            .exception(protocol)
            .with("X-Amz-Expires", Long.toString(expires))
            .with("Expires", expiry.toString())
            .with("ServerTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
      }
    } else {
      // Query services hold presigned requests to their 15-minute window, whatever X-Amz-Expires.
      SignedDates.checkSkew(date, amzDate, now, protocol);
      if (expires >= 0 && now.isAfter(date.plusSeconds(expires))) {
        throw SignatureErrors.REQUEST_EXPIRED.exception(protocol);
      }
    }
    String payloadHash;
    if (protocol == Protocol.REST_XML) {
      String stated = request.queryParameter("X-Amz-Content-Sha256");
      if (stated == null) {
        stated = request.header("x-amz-content-sha256");
      }
      payloadHash = stated == null ? UNSIGNED_PAYLOAD : stated;
    } else {
      payloadHash = SigningKeys.sha256Hex(request.bufferedBody(MotoRequest.MAX_FORM_BODY_BYTES));
    }
    List<String> headers = signedHeaders(signedHeaders);
    try {
      check(request, protocol, issued, scope, amzDate, headers, payloadHash, signature, true);
    } catch (AwsException mismatch) {
      if (protocol == Protocol.REST_XML) {
        throw mismatch;
      }
      // Presigners differ for query services: botocore hashes the (empty) body, the Java SDK
      // may sign UNSIGNED-PAYLOAD. Either is the client's honest statement of the payload.
      try {
        check(
            request, protocol, issued, scope, amzDate, headers, UNSIGNED_PAYLOAD, signature, true);
      } catch (AwsException ignored) {
        throw mismatch;
      }
    }
    return issued;
  }

  /** Compares signatures; answers the expected (and so the provided) one. */
  private String check(
      MotoRequest request,
      Protocol protocol,
      IssuedCredential issued,
      Scope scope,
      String amzDate,
      List<String> signedHeaders,
      String payloadHash,
      String provided,
      boolean presigned) {
    CanonicalRequest.UriStyle style =
        protocol == Protocol.REST_XML
            ? CanonicalRequest.UriStyle.S3
            : CanonicalRequest.UriStyle.DOUBLE_ENCODED;
    String canonical = CanonicalRequest.of(request, style, signedHeaders, payloadHash, presigned);
    String stringToSign = stringToSign(amzDate, scope.text(), canonical);
    String expected =
        SigningKeys.hex(
            SigningKeys.hmacSha256(
                signingKey(issued, scope), stringToSign.getBytes(StandardCharsets.UTF_8)));
    if (!SigningKeys.sameSignature(expected, provided.trim().toLowerCase(Locale.ROOT))) {
      AwsException e = SignatureErrors.SIGNATURE_DOES_NOT_MATCH.exception(protocol);
      if (protocol == Protocol.REST_XML) {
        e.with("AWSAccessKeyId", issued.accessKeyId())
            .with("StringToSign", stringToSign)
            .with("SignatureProvided", provided)
            .with("StringToSignBytes", SigningKeys.spacedHex(stringToSign))
            .with("CanonicalRequest", canonical)
            .with("CanonicalRequestBytes", SigningKeys.spacedHex(canonical));
      }
      throw e;
    }
    return expected;
  }

  static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return ALGORITHM
        + '\n'
        + amzDate
        + '\n'
        + scope
        + '\n'
        + SigningKeys.sha256Hex(canonicalRequest);
  }

  private byte[] signingKey(IssuedCredential issued, Scope scope) {
    return keys.signingKey(
        issued.secretAccessKey(), scope.date(), scope.region(), scope.service(), scope.text());
  }

  private static long expires(String text, Protocol protocol) {
    long expires;
    try {
      expires = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol, "X-Amz-Expires should be a number");
    }
    if (expires < 0) {
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol, "X-Amz-Expires must be non-negative");
    }
    if (expires > MAX_EXPIRES_SECONDS) {
      throw SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(
          protocol, "X-Amz-Expires must be less than a week (in seconds) that is 604800");
    }
    return expires;
  }

  /** {@code host;x-amz-date} as a list of lower-case names. */
  private static List<String> signedHeaders(String text) {
    List<String> names = new ArrayList<>(8);
    int start = 0;
    while (start <= text.length()) {
      int semicolon = text.indexOf(';', start);
      int end = semicolon < 0 ? text.length() : semicolon;
      String name = text.substring(start, end).trim();
      if (!name.isEmpty()) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
      if (semicolon < 0) {
        break;
      }
      start = semicolon + 1;
    }
    return names;
  }

  /** The value of {@code name=value} in {@code a=1, b=2} or {@code a=1,b=2}, or {@code null}. */
  static String parameter(String parameters, String name) {
    int start = 0;
    while (start < parameters.length()) {
      int comma = parameters.indexOf(',', start);
      int end = comma < 0 ? parameters.length() : comma;
      String part = parameters.substring(start, end).trim();
      if (part.length() > name.length()
          && part.startsWith(name)
          && part.charAt(name.length()) == '=') {
        String value = part.substring(name.length() + 1).trim();
        return value.isEmpty() ? null : value;
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return null;
  }

  /** A credential scope: {@code AKID/date/region/service/aws4_request}. */
  record Scope(String accessKeyId, String date, String region, String service) {

    static Scope parse(String credential, Protocol protocol, boolean presigned) {
      String[] parts = credential.split("/", -1);
      if (parts.length != 5 || !parts[4].equals("aws4_request") || parts[1].length() != 8) {
        String message =
            "The Credential is mal-formed; expecting"
                + " \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".";
        throw presigned
            ? SignatureErrors.MALFORMED_PRESIGNED_QUERY.exception(protocol, message)
            : protocol.malformedAuthorization(message);
      }
      return new Scope(parts[0], parts[1], parts[2], parts[3]);
    }

    /** {@code date/region/service/aws4_request}, as signed. */
    String text() {
      return date + '/' + region + '/' + service + "/aws4_request";
    }
  }
}
