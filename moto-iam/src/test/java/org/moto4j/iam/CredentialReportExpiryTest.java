package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ReportStateType;

/** A credential report expires four hours after it is generated, on a clock the test moves. */
class CredentialReportExpiryTest {

  /** A clock that stands still until the test moves it. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final MovableClock CLOCK = new MovableClock();
  private static MotoServer server;
  private static IamClient iam;

  @BeforeAll
  static void start() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).clock(CLOCK).build())
            .build()
            .start();
    iam =
        IamClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(StaticCredentialsProvider.create(IamServerTest.BASE))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterAll
  static void stop() {
    iam.close();
    server.close();
  }

  @Test
  void a_report_expires_after_four_hours_and_is_generated_anew() {
    iam.generateCredentialReport(r -> {});
    Instant generated = iam.getCredentialReport(r -> {}).generatedTime();

    CLOCK.advance(Duration.ofHours(3));
    assertThat(iam.generateCredentialReport(r -> {}).state()).isEqualTo(ReportStateType.COMPLETE);
    assertThat(iam.getCredentialReport(r -> {}).generatedTime()).isEqualTo(generated);

    CLOCK.advance(Duration.ofHours(1));
    IamException expired =
        catchThrowableOfType(() -> iam.getCredentialReport(r -> {}), IamException.class);
    assertThat(expired.statusCode()).isEqualTo(410);
    assertThat(expired.awsErrorDetails().errorCode()).isEqualTo("ReportExpired");
    assertThat(expired.awsErrorDetails().errorMessage())
        .isEqualTo(
            "The most recent credential report has expired. Generate a new credential report.");

    assertThat(iam.generateCredentialReport(r -> {}).state()).isEqualTo(ReportStateType.STARTED);
    assertThat(iam.getCredentialReport(r -> {}).generatedTime())
        .isEqualTo(generated.plus(Duration.ofHours(4)));
  }
}
