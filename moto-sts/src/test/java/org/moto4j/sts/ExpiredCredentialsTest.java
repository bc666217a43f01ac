package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import org.moto4j.sts.StsTestServers.Reply;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/** Temporary credentials stop working when they expire, by the server's clock. */
class ExpiredCredentialsTest {

  private static final String ROLE = "arn:aws:iam::111111111111:role/short-lived";

  private static MutableClock clock;
  private static MotoServer server;
  private static StsClient sts;

  @BeforeAll
  static void start() {
    // The SDK signs with the real time; only the server's idea of "now" moves.
    clock = new MutableClock(Instant.now());
    server = StsTestServers.start(clock);
    sts = StsTestServers.client(server);
  }

  @AfterAll
  static void stop() {
    sts.close();
    server.close();
  }

  @AfterEach
  void reset() {
    server.moto().reset();
  }

  @Test
  void expirations_are_read_from_the_injected_clock() {
    Credentials credentials =
        sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("short").durationSeconds(900))
            .credentials();

    assertThat(credentials.expiration().getEpochSecond())
        .isEqualTo(clock.instant().plusSeconds(900).getEpochSecond());
  }

  @Test
  void an_expired_role_session_is_refused_with_expired_token() {
    Credentials credentials =
        sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("short").durationSeconds(900))
            .credentials();
    try (StsClient session = client(credentials)) {
      assertThat(session.getCallerIdentity().account()).isEqualTo("111111111111");

      clock.advance(Duration.ofSeconds(901));

      assertThatThrownBy(session::getCallerIdentity)
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is expired");
              });
    }
  }

  @Test
  void an_expired_key_on_the_wire_answers_expired_token_and_a_fresh_one_still_works() {
    Credentials expiring = sts.getSessionToken(r -> r.durationSeconds(900)).credentials();
    clock.advance(Duration.ofSeconds(900));
    Credentials fresh = sts.getSessionToken(r -> r.durationSeconds(900)).credentials();

    Reply expired = signedCallerIdentity(expiring.accessKeyId());
    Reply working = signedCallerIdentity(fresh.accessKeyId());

    assertThat(expired.status()).isEqualTo(400);
    assertThat(expired.code()).isEqualTo("ExpiredToken");
    assertThat(expired.message())
        .isEqualTo("The security token included in the request is expired");
    assertThat(working.status()).isEqualTo(200);
    assertThat(working.element("Arn")).isEqualTo("arn:aws:iam::123456789012:root");
  }

  @Test
  void a_web_identity_token_cannot_outlive_the_session_asking_for_it() {
    Credentials credentials =
        sts.assumeRole(r -> r.roleArn(ROLE).roleSessionName("short").durationSeconds(900))
            .credentials();
    clock.advance(Duration.ofSeconds(800));
    try (StsClient session = client(credentials)) {
      assertThatThrownBy(
              () ->
                  session.getWebIdentityToken(
                      r -> r.audience("aud").signingAlgorithm("RS256").durationSeconds(300)))
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("SessionDurationEscalationException");
              });
      assertThat(
              session
                  .getWebIdentityToken(
                      r -> r.audience("aud").signingAlgorithm("RS256").durationSeconds(60))
                  .webIdentityToken())
          .isNotBlank();
    }
  }

  private static Reply signedCallerIdentity(String accessKeyId) {
    return StsTestServers.post(
        server,
        Map.of("Action", "GetCallerIdentity"),
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + accessKeyId
            + "/20240101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=abc");
  }

  private static StsClient client(Credentials credentials) {
    return StsTestServers.client(
        server,
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }
}
