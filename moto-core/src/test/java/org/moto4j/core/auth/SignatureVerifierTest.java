package org.moto4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Requests signed by the AWS SDK's signer, verified or refused as AWS does. */
class SignatureVerifierTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final AccountId ACCOUNT = AccountId.of("111111111111");
  private static final String USER_KEY = AccessKeyIds.generate("AKIA", ACCOUNT);
  private static final String USER_SECRET = AccessKeyIds.secret();
  private static final Map<String, String> FORM =
      Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
  private static final byte[] CALLER_IDENTITY =
      "Action=GetCallerIdentity&Version=2011-06-15".getBytes(StandardCharsets.UTF_8);

  private final CredentialRegistry registry = new CredentialRegistry();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final SignatureVerifier verifier = new SignatureVerifier(registry, clock);

  SignatureVerifierTest() {
    registry.register(
        new IssuedCredential(
            USER_KEY,
            USER_SECRET,
            null,
            null,
            ACCOUNT,
            "arn:aws:iam::111111111111:user/alice",
            "AIDAEXAMPLE",
            IssuedCredential.Kind.IAM_USER));
  }

  @Test
  void a_query_request_signed_by_the_sdk_is_verified_and_its_form_is_still_readable() {
    MotoRequest request = stsPost(AwsCredentialsIdentity.create(USER_KEY, USER_SECRET), clock);
    assertThat(verify(request, Protocol.QUERY).principalArn())
        .isEqualTo("arn:aws:iam::111111111111:user/alice");
    assertThat(request.form()).containsEntry("Action", java.util.List.of("GetCallerIdentity"));
  }

  @Test
  void an_s3_put_signed_by_the_sdk_is_verified_whatever_the_key_characters() {
    MotoRequest request =
        SdkSigned.sign(
            user(),
            clock,
            "s3",
            "PUT",
            "http://localhost:5000/bucket/dir/a%20b%21c%2Bd~e.txt?tagging",
            Map.of("Content-Type", "text/plain"),
            "hello".getBytes(StandardCharsets.UTF_8),
            r -> r.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true));
    assertThat(verify(request, Protocol.REST_XML).accessKeyId()).isEqualTo(USER_KEY);
  }

  @Test
  void a_wrong_secret_is_refused_with_s3s_string_to_sign_details() {
    MotoRequest request = s3Get(AwsCredentialsIdentity.create(USER_KEY, "not-the-secret"), clock);
    AwsException e = refusal(() -> verify(request, Protocol.REST_XML));
    assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.getMessage())
        .isEqualTo(
            "The request signature we calculated does not match the signature you provided."
                + " Check your key and signing method.");
    assertThat(e.details())
        .containsOnlyKeys(
            "AWSAccessKeyId",
            "StringToSign",
            "SignatureProvided",
            "StringToSignBytes",
            "CanonicalRequest",
            "CanonicalRequestBytes")
        .containsEntry("AWSAccessKeyId", USER_KEY);
    assertThat(e.details().get("StringToSign"))
        .startsWith("AWS4-HMAC-SHA256\n20260301T100000Z\n20260301/us-east-1/s3/aws4_request\n");
    assertThat(e.details().get("CanonicalRequest")).startsWith("GET\n/bucket/key\n");
    assertThat(e.details().get("StringToSignBytes")).startsWith("41 57 53 34");
  }

  @Test
  void a_wrong_secret_is_refused_in_the_query_services_words() {
    MotoRequest request = stsPost(AwsCredentialsIdentity.create(USER_KEY, "nope"), clock);
    AwsException e = refusal(() -> verify(request, Protocol.QUERY));
    assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.getMessage())
        .isEqualTo(
            "The request signature we calculated does not match the signature you provided."
                + " Check your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.");
    assertThat(e.details()).isEmpty();
  }

  @Test
  void a_request_tampered_with_after_signing_is_refused() {
    MotoRequest signed = s3Get(user(), clock);
    MotoRequest tampered =
        MotoRequest.builder("GET", "/bucket/other-key").rawQuery(signed.rawQuery()).build();
    signed.headers().names().forEach(n -> tampered.headers().add(n, signed.header(n)));
    assertThat(refusal(() -> verify(tampered, Protocol.REST_XML)).code())
        .isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void an_unknown_key_is_refused_as_each_service_answers() {
    AwsCredentialsIdentity unknown = AwsCredentialsIdentity.create("AKIAUNKNOWNKEY000000", "x");
    AwsException s3 = refusal(() -> verify(s3Get(unknown, clock), Protocol.REST_XML));
    assertThat(s3.code()).isEqualTo("InvalidAccessKeyId");
    assertThat(s3.status()).isEqualTo(403);
    assertThat(s3.getMessage())
        .isEqualTo("The AWS Access Key Id you provided does not exist in our records.");
    assertThat(s3.details()).containsEntry("AWSAccessKeyId", "AKIAUNKNOWNKEY000000");
    AwsException query = refusal(() -> verify(stsPost(unknown, clock), Protocol.QUERY));
    assertThat(query.code()).isEqualTo("InvalidClientTokenId");
    assertThat(query.status()).isEqualTo(403);
    assertThat(query.getMessage())
        .isEqualTo("The security token included in the request is invalid.");
  }

  @Test
  void a_deactivated_or_deleted_key_is_refused_like_an_unknown_one() {
    registry.revoke(USER_KEY);
    assertThat(refusal(() -> verify(s3Get(user(), clock), Protocol.REST_XML)).code())
        .isEqualTo("InvalidAccessKeyId");
  }

  @Test
  void a_session_key_needs_its_own_token() {
    IssuedCredential session = session(NOW.plusSeconds(3600));
    AwsCredentialsIdentity noToken =
        AwsCredentialsIdentity.create(session.accessKeyId(), session.secretAccessKey());
    AwsCredentialsIdentity wrongToken =
        AwsSessionCredentialsIdentity.create(
            session.accessKeyId(), session.secretAccessKey(), "another-token");
    assertThat(refusal(() -> verify(s3Get(noToken, clock), Protocol.REST_XML)).code())
        .isEqualTo("InvalidAccessKeyId");
    AwsException wrong = refusal(() -> verify(s3Get(wrongToken, clock), Protocol.REST_XML));
    assertThat(wrong.code()).isEqualTo("InvalidToken");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(refusal(() -> verify(stsPost(wrongToken, clock), Protocol.QUERY)).code())
        .isEqualTo("InvalidClientTokenId");
    assertThat(verify(s3Get(identity(session), clock), Protocol.REST_XML)).isEqualTo(session);
  }

  @Test
  void an_expired_session_is_refused_with_expired_token() {
    IssuedCredential session = session(NOW.minusSeconds(1));
    AwsException s3 = refusal(() -> verify(s3Get(identity(session), clock), Protocol.REST_XML));
    assertThat(s3.code()).isEqualTo("ExpiredToken");
    assertThat(s3.status()).isEqualTo(400);
    assertThat(s3.getMessage()).isEqualTo("The provided token has expired.");
    assertThat(s3.details()).containsEntry("Token-0", session.sessionToken());
    AwsException query = refusal(() -> verify(stsPost(identity(session), clock), Protocol.QUERY));
    assertThat(query.code()).isEqualTo("ExpiredToken");
    assertThat(query.status()).isEqualTo(403);
    assertThat(query.getMessage())
        .isEqualTo("The security token included in the request is expired");
  }

  @Test
  void a_request_signed_more_than_15_minutes_ago_is_too_skewed() {
    Clock past = Clock.fixed(NOW.minus(Duration.ofMinutes(16)), ZoneOffset.UTC);
    AwsException s3 = refusal(() -> verify(s3Get(user(), past), Protocol.REST_XML));
    assertThat(s3.code()).isEqualTo("RequestTimeTooSkewed");
    assertThat(s3.status()).isEqualTo(403);
    assertThat(s3.details())
        .containsEntry("RequestTime", "20260301T094400Z")
        .containsEntry("ServerTime", "2026-03-01T10:00:00Z")
        .containsEntry("MaxAllowedSkewMilliseconds", "900000");
    AwsException query = refusal(() -> verify(stsPost(user(), past), Protocol.QUERY));
    assertThat(query.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(query.getMessage())
        .isEqualTo(
            "Signature expired: 20260301T094400Z is now earlier than 20260301T094500Z"
                + " (20260301T100000Z - 15 min.)");
    Clock nearlyPast = Clock.fixed(NOW.minus(Duration.ofMinutes(14)), ZoneOffset.UTC);
    assertThat(verify(s3Get(user(), nearlyPast), Protocol.REST_XML)).isNotNull();
  }

  @Test
  void a_presigned_url_works_until_it_expires_then_is_refused_with_request_has_expired() {
    Clock signedAt = Clock.fixed(NOW.minusSeconds(600), ZoneOffset.UTC);
    MotoRequest valid =
        SdkSigned.presign(
            user(), signedAt, "s3", "http://localhost:5000/bucket/key", Duration.ofHours(1));
    assertThat(verify(valid, Protocol.REST_XML).accessKeyId()).isEqualTo(USER_KEY);
    MotoRequest expired =
        SdkSigned.presign(
            user(), signedAt, "s3", "http://localhost:5000/bucket/key", Duration.ofSeconds(60));
    AwsException e = refusal(() -> verify(expired, Protocol.REST_XML));
    assertThat(e.code()).isEqualTo("AccessDenied");
    assertThat(e.getMessage()).isEqualTo("Request has expired");
    assertThat(e.details())
        .containsEntry("X-Amz-Expires", "60")
        .containsEntry("Expires", "2026-03-01T09:51:00Z")
        .containsEntry("ServerTime", "2026-03-01T10:00:00Z");
  }

  @Test
  void a_presigned_url_for_another_key_is_refused() {
    MotoRequest signed =
        SdkSigned.presign(
            user(), clock, "s3", "http://localhost:5000/bucket/key", Duration.ofHours(1));
    MotoRequest tampered =
        MotoRequest.builder("GET", "/bucket/key2")
            .rawQuery(signed.rawQuery())
            .header("Host", signed.header("Host"))
            .build();
    assertThat(refusal(() -> verify(tampered, Protocol.REST_XML)).code())
        .isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void a_presigned_query_request_is_verified() {
    MotoRequest request =
        SdkSigned.presign(
            user(),
            clock,
            "sts",
            "http://localhost:5000/?Action=GetCallerIdentity&Version=2011-06-15",
            Duration.ofMinutes(5));
    assertThat(verify(request, Protocol.QUERY).accessKeyId()).isEqualTo(USER_KEY);
  }

  @Test
  void an_account_root_key_is_stable_across_resets_and_signs_as_the_root_user() {
    IssuedCredential root = registry.root(ACCOUNT);
    registry.resetAll();
    assertThat(registry.root(ACCOUNT)).isEqualTo(root);
    assertThat(registry.find(root.accessKeyId())).contains(root);
    assertThat(root.principalArn()).isEqualTo("arn:aws:iam::111111111111:root");
    assertThat(root.kind()).isEqualTo(IssuedCredential.Kind.ROOT);
    assertThat(AccessKeyIds.accountOf(root.accessKeyId())).contains(ACCOUNT);
    assertThat(registry.root(AccountId.of("222222222222")).accessKeyId())
        .isNotEqualTo(root.accessKeyId());
    assertThat(verify(s3Get(identity(root), clock), Protocol.REST_XML)).isEqualTo(root);
  }

  @Test
  void a_request_without_a_date_is_refused() {
    MotoRequest request =
        MotoRequest.builder("GET", "/bucket/key")
            .header("Host", "localhost")
            .header("x-amz-content-sha256", "UNSIGNED-PAYLOAD")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential="
                    + USER_KEY
                    + "/20260301/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00")
            .build();
    AwsException s3 = refusal(() -> verify(request, Protocol.REST_XML));
    assertThat(s3.code()).isEqualTo("AccessDenied");
    assertThat(s3.getMessage())
        .isEqualTo("AWS authentication requires a valid Date or x-amz-date header");
    assertThat(refusal(() -> verify(request, Protocol.QUERY)).code())
        .isEqualTo("IncompleteSignature");
  }

  @Test
  void an_s3_request_must_state_its_payload_hash() {
    MotoRequest signed = s3Get(user(), clock);
    MotoRequest request = MotoRequest.builder("GET", signed.rawPath()).build();
    signed.headers().names().stream()
        .filter(n -> !n.equalsIgnoreCase("x-amz-content-sha256"))
        .forEach(n -> request.headers().add(n, signed.header(n)));
    AwsException e = refusal(() -> verify(request, Protocol.REST_XML));
    assertThat(e.code()).isEqualTo("InvalidRequest");
    assertThat(e.getMessage())
        .isEqualTo("Missing required header for this request: x-amz-content-sha256");
  }

  @Test
  void an_unsigned_request_has_no_signer() {
    MotoRequest request = MotoRequest.builder("GET", "/bucket/key").build();
    assertThat(verify(request, Protocol.REST_XML)).isNull();
  }

  private IssuedCredential verify(MotoRequest request, Protocol protocol) {
    return verifier.verify(request, RequestCredentials.of(request), protocol);
  }

  private static AwsException refusal(ThrowingCallable call) {
    try {
      call.call();
    } catch (AwsException e) {
      return e;
    } catch (Throwable e) {
      throw new AssertionError("Expected an AwsException, got " + e, e);
    }
    throw new AssertionError("Expected the request to be refused");
  }

  private IssuedCredential session(Instant expiration) {
    IssuedCredential session =
        new IssuedCredential(
            AccessKeyIds.generate("ASIA", ACCOUNT),
            AccessKeyIds.secret(),
            AccessKeyIds.sessionToken(),
            expiration,
            ACCOUNT,
            "arn:aws:sts::111111111111:assumed-role/r/s",
            "AROAEXAMPLE:s",
            IssuedCredential.Kind.ASSUMED_ROLE);
    registry.register(session);
    return session;
  }

  private static AwsCredentialsIdentity identity(IssuedCredential credential) {
    return credential.sessionToken() == null
        ? AwsCredentialsIdentity.create(credential.accessKeyId(), credential.secretAccessKey())
        : AwsSessionCredentialsIdentity.create(
            credential.accessKeyId(), credential.secretAccessKey(), credential.sessionToken());
  }

  private static AwsCredentialsIdentity user() {
    return AwsCredentialsIdentity.create(USER_KEY, USER_SECRET);
  }

  private static MotoRequest s3Get(AwsCredentialsIdentity identity, Clock clock) {
    return SdkSigned.sign(
        identity,
        clock,
        "s3",
        "GET",
        "http://localhost:5000/bucket/key",
        Map.of(),
        null,
        r -> r.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
  }

  private static MotoRequest stsPost(AwsCredentialsIdentity identity, Clock clock) {
    return SdkSigned.sign(
        identity, clock, "sts", "POST", "http://localhost:5000/", FORM, CALLER_IDENTITY, r -> {});
  }
}
