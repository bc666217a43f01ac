package org.moto4j.core.auth;

import java.util.Locale;
import java.util.Optional;
import org.moto4j.core.http.MotoRequest;

/**
 * What a request says about its signer: the access key id and, for SigV4, the credential scope
 * (date, region, service). Read from the {@code Authorization} header (SigV4, SigV4a, SigV2), or
 * from a presigned URL's {@code X-Amz-Credential} (SigV4) or {@code AWSAccessKeyId} (SigV2).
 *
 * @param accessKeyId the access key id, or {@code null} for an anonymous request
 * @param region the SigV4 scope's region, or {@code null}
 * @param service the SigV4 scope's service, or {@code null}
 * @param presigned whether the credentials came from the query string
 */
public record RequestCredentials(
    String accessKeyId, String region, String service, boolean presigned) {

  /** The credentials of an unsigned request. */
  public static final RequestCredentials ANONYMOUS =
      new RequestCredentials(null, null, null, false);

  private static final String SIGV4 = "AWS4-HMAC-SHA256";
  private static final String SIGV4A = "AWS4-ECDSA-P256-SHA256";

  /** Thrown for an {@code Authorization} header or presigned query that cannot be parsed. */
  public static final class MalformedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean presigned;

    MalformedException(String message) {
      this(message, false);
    }

    MalformedException(String message, boolean presigned) {
      super(message, null, false, false);
      this.presigned = presigned;
    }

    /** Whether the credentials were in a presigned URL's query rather than a header. */
    public boolean isPresigned() {
      return presigned;
    }
  }

  /**
   * Reads the credentials of a request.
   *
   * @throws MalformedException when the request carries credentials that cannot be parsed
   */
  public static RequestCredentials of(MotoRequest request) {
    String authorization = request.header("Authorization");
    if (authorization != null && !authorization.isBlank()) {
      return fromHeader(authorization.trim());
    }
    String credential = request.queryParameter("X-Amz-Credential");
    if (credential != null) {
      return fromScope(credential, true);
    }
    String v2Key = request.queryParameter("AWSAccessKeyId");
    if (v2Key != null) {
      if (v2Key.isBlank()) {
        throw new MalformedException("The AWSAccessKeyId query parameter is empty.", true);
      }
      return new RequestCredentials(v2Key, null, null, true);
    }
    return ANONYMOUS;
  }

  /** The credentials as read, when there are any. */
  public Optional<String> accessKey() {
    return Optional.ofNullable(accessKeyId);
  }

  private static RequestCredentials fromHeader(String authorization) {
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? authorization : authorization.substring(0, space);
    String rest = space < 0 ? "" : authorization.substring(space + 1).trim();
    if (scheme.equals(SIGV4) || scheme.equals(SIGV4A)) {
      String credential = parameter(rest, "Credential");
      if (credential == null) {
        throw new MalformedException(
            "Authorization header requires 'Credential' parameter. Authorization header requires"
                + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
                + " Authorization="
                + authorization);
      }
      if (parameter(rest, "Signature") == null || parameter(rest, "SignedHeaders") == null) {
        throw new MalformedException(
            "Authorization header requires 'Signature' and 'SignedHeaders' parameters.");
      }
      return fromScope(credential, false);
    }
    if (scheme.equals("AWS")) {
      int colon = rest.lastIndexOf(':');
      if (colon <= 0 || colon == rest.length() - 1) {
        throw new MalformedException(
            "The SigV2 Authorization header must be 'AWS AccessKeyId:Signature'.");
      }
      return new RequestCredentials(rest.substring(0, colon), null, null, false);
    }
    throw new MalformedException(
        "Unsupported Authorization type '" + scheme + "': expected " + SIGV4 + " or AWS.");
  }

  private static RequestCredentials fromScope(String credential, boolean presigned) {
    String[] parts = credential.split("/", -1);
    boolean ok =
        (parts.length == 5 || parts.length == 4)
            && parts[parts.length - 1].equals("aws4_request")
            && !parts[0].isEmpty()
            && parts[1].length() == 8
            && parts[1].chars().allMatch(Character::isDigit);
    if (!ok) {
      throw new MalformedException(
          (presigned ? "Error parsing the X-Amz-Credential parameter; the" : "The")
              + " Credential is mal-formed; expecting"
              + " \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".",
          presigned);
    }
    // SigV4a scopes name no region: AKID/date/service/aws4_request.
    String region = parts.length == 5 ? parts[2].toLowerCase(Locale.ROOT) : null;
    String service = parts[parts.length - 2].toLowerCase(Locale.ROOT);
    return new RequestCredentials(parts[0], region, service, presigned);
  }

  /** The value of {@code name=value} in {@code a=1, b=2} or {@code a=1,b=2}, or {@code null}. */
  private static String parameter(String parameters, String name) {
    for (String part : parameters.split(",")) {
      String trimmed = part.trim();
      if (trimmed.startsWith(name + "=")) {
        String value = trimmed.substring(name.length() + 1).trim();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }
}
