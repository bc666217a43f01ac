package org.moto4j.core.auth;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * Verifies a request's signature against the secret of the key it names, as AWS does when access
 * control is enforced: SigV4 in the {@code Authorization} header or a presigned query, and S3's
 * SigV2 in both forms. The key must be one moto4j issued (an IAM user's active key, an unexpired
 * STS session whose token the request carries, or an account's root key); the request's date must
 * be within 15 minutes of the clock. A signed {@code aws-chunked} S3 body gets a {@link
 * ChunkSignatureChain} attached to the request, which S3 checks as it reads the chunks.
 *
 * <pre>{@code
 * IssuedCredential caller = verifier.verify(request, RequestCredentials.of(request), protocol);
 * }</pre>
 */
@Singleton
public final class SignatureVerifier {

  private static final String SIGV4A = "AWS4-ECDSA-P256-SHA256";

  private final CredentialRegistry credentials;
  private final Clock clock;
  private final SigV4Verification sigV4;
  private final SigV2Verification sigV2;

  @Inject
  SignatureVerifier(CredentialRegistry credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
    SigV4Verification.Credentials lookup = this::credential;
    this.sigV4 = new SigV4Verification(new SigningKeys(), lookup);
    this.sigV2 = new SigV2Verification(lookup);
  }

  /**
   * Verifies {@code request}, signed as {@code signer} says, and answers who signed it: {@code
   * null} for an unsigned request (whether that is allowed is for access control to decide).
   *
   * @throws AwsException with the error {@code protocol}'s services answer (InvalidAccessKeyId or
   *     InvalidClientTokenId, SignatureDoesNotMatch, ExpiredToken, RequestTimeTooSkewed…)
   */
  public IssuedCredential verify(
      MotoRequest request, RequestCredentials signer, Protocol protocol) {
    if (signer.accessKeyId() == null) {
      return null;
    }
    Instant now = clock.instant();
    String authorization = request.header("Authorization");
    if (authorization != null && !authorization.isBlank()) {
      String trimmed = authorization.trim();
      if (trimmed.startsWith(SigV4Verification.ALGORITHM + " ")) {
        return sigV4.verifyHeader(request, trimmed, protocol, now);
      }
      if (trimmed.startsWith("AWS ")) {
        return sigV2.verifyHeader(request, trimmed, protocol, now);
      }
      if (trimmed.startsWith(SIGV4A + " ")) {
        // SigV4a (ECDSA over a key derived from the secret) is not verified: the key, its
        // session token and expiry are.
        return credential(signer.accessKeyId(), request.header("X-Amz-Security-Token"), protocol);
      }
      throw protocol.malformedAuthorization("Unsupported Authorization type");
    }
    if (request.queryParameter("X-Amz-Credential") != null) {
      if (SIGV4A.equals(request.queryParameter("X-Amz-Algorithm"))) {
        return credential(
            signer.accessKeyId(), request.queryParameter("X-Amz-Security-Token"), protocol);
      }
      return sigV4.verifyPresigned(request, protocol, now);
    }
    return sigV2.verifyPresigned(request, protocol, now);
  }

  /**
   * The credential behind {@code accessKeyId}, refused as AWS refuses it: unknown (never issued,
   * deleted or deactivated), a session key without its token or with another, or expired.
   */
  private IssuedCredential credential(String accessKeyId, String sessionToken, Protocol protocol) {
    IssuedCredential issued = credentials.find(accessKeyId).orElse(null);
    if (issued == null) {
      throw s3Detail(
          SignatureErrors.INVALID_ACCESS_KEY_ID.exception(protocol),
          protocol,
          "AWSAccessKeyId",
          accessKeyId);
    }
    if (issued.isTemporary()) {
      if (sessionToken == null || sessionToken.isEmpty()) {
        // AWS does not recognise a session key without its token.
        throw s3Detail(
            SignatureErrors.INVALID_ACCESS_KEY_ID.exception(protocol),
            protocol,
            "AWSAccessKeyId",
            accessKeyId);
      }
      if (!MessageDigest.isEqual(
          issued.sessionToken().getBytes(StandardCharsets.UTF_8),
          sessionToken.trim().getBytes(StandardCharsets.UTF_8))) {
        throw SignatureErrors.INVALID_TOKEN.exception(protocol);
      }
      if (issued.isExpiredAt(clock.instant())) {
        throw s3Detail(
            SignatureErrors.EXPIRED_TOKEN.exception(protocol), protocol, "Token-0", sessionToken);
      }
    }
    return issued;
  }

  /** S3 errors carry detail elements the query services' errors do not. */
  private static AwsException s3Detail(
      AwsException e, Protocol protocol, String element, String value) {
    return protocol == Protocol.REST_XML ? e.with(element, value) : e;
  }
}
