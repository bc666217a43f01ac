package org.moto4j.core.auth;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
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
  private final SigningKeys signingKeys = new SigningKeys();

  @Inject
  SignatureVerifier(CredentialRegistry credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
    SigV4Verification.Credentials lookup = this::credential;
    this.sigV4 = new SigV4Verification(signingKeys, lookup);
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
   * Verifies an S3 browser-form POST signed with SigV4: {@code X-Amz-Signature} must be the hex
   * HMAC-SHA256 of the base64 {@code policy} field under the signing key of {@code
   * X-Amz-Credential}'s scope. The policy's own expiration bounds the form, not the 15-minute skew.
   *
   * @param credential {@code AKID/date/region/service/aws4_request}
   * @param sessionToken the form's {@code x-amz-security-token}, or {@code null}
   * @throws AwsException as S3 answers it: InvalidAccessKeyId, SignatureDoesNotMatch, ExpiredToken,
   *     InvalidToken, AuthorizationHeaderMalformed (a credential it cannot read)
   */
  public IssuedCredential verifyFormV4(
      String credential, String signature, String policy, String sessionToken) {
    Protocol protocol = Protocol.REST_XML;
    SigV4Verification.Scope scope = SigV4Verification.Scope.parse(credential, protocol, false);
    IssuedCredential issued = credential(scope.accessKeyId(), sessionToken, protocol);
    byte[] key =
        signingKeys.signingKey(
            issued.secretAccessKey(), scope.date(), scope.region(), scope.service(), scope.text());
    String expected =
        SigningKeys.hex(SigningKeys.hmacSha256(key, policy.getBytes(StandardCharsets.UTF_8)));
    checkFormSignature(
        expected, signature.trim().toLowerCase(Locale.ROOT), signature, policy, issued);
    return issued;
  }

  /**
   * Verifies an S3 browser-form POST signed with SigV2: {@code Signature} must be the base64
   * HMAC-SHA1 of the base64 {@code policy} field under the key's secret.
   *
   * @throws AwsException as {@link #verifyFormV4} does
   */
  public IssuedCredential verifyFormV2(
      String accessKeyId, String signature, String policy, String sessionToken) {
    IssuedCredential issued = credential(accessKeyId, sessionToken, Protocol.REST_XML);
    String expected =
        Base64.getEncoder()
            .encodeToString(
                SigningKeys.hmacSha1(
                    issued.secretAccessKey().getBytes(StandardCharsets.UTF_8),
                    policy.getBytes(StandardCharsets.UTF_8)));
    checkFormSignature(expected, signature.trim(), signature, policy, issued);
    return issued;
  }

  /** A form signs its policy: the policy is the string to sign S3 quotes back. */
  private static void checkFormSignature(
      String expected, String normalised, String provided, String policy, IssuedCredential issued) {
    if (!SigningKeys.sameSignature(expected, normalised)) {
      throw SignatureErrors.SIGNATURE_DOES_NOT_MATCH
          .exception(Protocol.REST_XML)
          .with("AWSAccessKeyId", issued.accessKeyId())
          .with("StringToSign", policy)
          .with("SignatureProvided", provided)
          .with("StringToSignBytes", SigningKeys.spacedHex(policy));
    }
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
