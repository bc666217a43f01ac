package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Authentication through the real SDK with access control enforced: requests signed with a tampered
 * signature, a wrong secret, an expired session, an expired presigned URL or a clock 20 minutes off
 * are refused with the codes S3, STS and IAM answer; the account's root keys (from the control
 * plane) and an IAM user's keys get in.
 */
class SignatureScenarioTest {

  private static final String ACCOUNT = "111111111111";
  private static final String ADMIN_POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\","
          + "\"Resource\":\"*\"}]}";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final ShiftedClock clock = new ShiftedClock();
  private static MotoServer server;
  private static AwsCredentials root;

  private AwsCredentials alice;

  @BeforeAll
  static void start() throws Exception {
    server =
        MotoServer.builder()
            .port(0)
            .moto(
                Moto.builder()
                    .config(new MotoConfig(Map.of()))
                    .clock(clock)
                    .enforceAccessControl(true)
                    .build())
            .build()
            .start();
    JsonNode keys =
        new ObjectMapper()
            .readTree(get("/moto-api/accounts/" + ACCOUNT + "/root-credentials").body());
    root =
        AwsBasicCredentials.create(
            keys.get("AccessKeyId").asText(), keys.get("SecretAccessKey").asText());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void anAdministratorAndABucket() {
    try (IamClient iam = iam(root);
        S3Client s3 = s3(root)) {
      iam.createUser(u -> u.userName("alice"));
      iam.putUserPolicy(p -> p.userName("alice").policyName("admin").policyDocument(ADMIN_POLICY));
      AccessKey key = iam.createAccessKey(k -> k.userName("alice")).accessKey();
      alice = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
      s3.createBucket(b -> b.bucket("signed"));
      s3.putObject(p -> p.bucket("signed").key("k"), RequestBody.fromString("v"));
    }
  }

  @AfterEach
  void reset() {
    clock.shift(Duration.ZERO);
    server.moto().reset();
  }

  @Test
  void the_root_keys_and_a_users_keys_are_accepted() {
    try (StsClient sts = sts(root)) {
      assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
    }
    try (StsClient sts = sts(alice);
        S3Client s3 = s3(alice)) {
      assertThat(sts.getCallerIdentity().arn())
          .isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/alice");
      assertThat(s3.getObjectAsBytes(g -> g.bucket("signed").key("k")).asUtf8String())
          .isEqualTo("v");
    }
  }

  @Test
  void a_tampered_signature_is_refused_by_every_service() {
    SdkHttpClient tampering = new SignatureTampering(UrlConnectionHttpClient.create());
    try (S3Client s3 = s3(alice, tampering);
        StsClient sts = sts(alice, tampering);
        IamClient iam = iam(alice, tampering)) {
      assertRefused(
          () -> s3.getObject(g -> g.bucket("signed").key("k")), 403, "SignatureDoesNotMatch");
      assertRefused(sts::getCallerIdentity, 403, "SignatureDoesNotMatch");
      assertRefused(iam::listUsers, 403, "SignatureDoesNotMatch");
    }
  }

  @Test
  void a_wrong_secret_is_refused_by_every_service() {
    AwsCredentials wrong = AwsBasicCredentials.create(alice.accessKeyId(), "wrong-secret");
    try (S3Client s3 = s3(wrong);
        StsClient sts = sts(wrong);
        IamClient iam = iam(wrong)) {
      assertRefused(() -> s3.listBuckets(), 403, "SignatureDoesNotMatch");
      assertRefused(sts::getCallerIdentity, 403, "SignatureDoesNotMatch");
      assertRefused(iam::listUsers, 403, "SignatureDoesNotMatch");
    }
  }

  @Test
  void an_unknown_or_deleted_key_is_refused_by_every_service() {
    try (IamClient iam = iam(root)) {
      iam.deleteAccessKey(d -> d.userName("alice").accessKeyId(alice.accessKeyId()));
    }
    try (S3Client s3 = s3(alice);
        StsClient sts = sts(alice);
        IamClient iam = iam(alice)) {
      assertRefused(() -> s3.listBuckets(), 403, "InvalidAccessKeyId");
      assertRefused(sts::getCallerIdentity, 403, "InvalidClientTokenId");
      assertRefused(iam::listUsers, 403, "InvalidClientTokenId");
    }
  }

  @Test
  void an_expired_session_is_refused_by_every_service() {
    Credentials session;
    try (StsClient sts = sts(alice)) {
      session = sts.getSessionToken(t -> t.durationSeconds(900)).credentials();
    }
    AwsCredentials temporary = Clients.of(session);
    try (StsClient sts = sts(temporary)) {
      assertThat(sts.getCallerIdentity().arn()).endsWith(":user/alice");
    }
    clock.shift(Duration.ofMinutes(16));
    try (S3Client s3 = s3(temporary);
        StsClient sts = sts(temporary);
        IamClient iam = iam(temporary)) {
      assertRefused(() -> s3.listBuckets(), 400, "ExpiredToken");
      assertRefused(sts::getCallerIdentity, 403, "ExpiredToken");
      assertRefused(iam::listUsers, 403, "ExpiredToken");
    }
  }

  @Test
  void an_expired_presigned_url_is_refused() throws Exception {
    URI url;
    try (S3Presigner presigner =
        S3Presigner.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .serviceConfiguration(
                software.amazon.awssdk.services.s3.S3Configuration.builder()
                    .pathStyleAccessEnabled(true)
                    .build())
            .credentialsProvider(StaticCredentialsProvider.create(alice))
            .build()) {
      url =
          presigner
              .presignGetObject(
                  p ->
                      p.signatureDuration(Duration.ofMinutes(1))
                          .getObjectRequest(g -> g.bucket("signed").key("k")))
              .url()
              .toURI();
    }
    assertThat(
            HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString())
                .body())
        .isEqualTo("v");
    clock.shift(Duration.ofMinutes(2));
    HttpResponse<String> expired =
        HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body())
        .contains("<Code>AccessDenied</Code><Message>Request has expired</Message>")
        .contains("<X-Amz-Expires>60</X-Amz-Expires>");
  }

  @Test
  void a_request_20_minutes_off_the_servers_clock_is_refused_by_every_service() {
    clock.shift(Duration.ofMinutes(20));
    try (S3Client s3 = s3(alice);
        StsClient sts = sts(alice);
        IamClient iam = iam(alice)) {
      assertRefused(() -> s3.listBuckets(), 403, "RequestTimeTooSkewed");
      AwsServiceException query =
          assertRefused(sts::getCallerIdentity, 403, "SignatureDoesNotMatch");
      assertThat(query.awsErrorDetails().errorMessage())
          .startsWith("Signature expired: ")
          .endsWith(" - 15 min.)");
      assertRefused(iam::listUsers, 403, "SignatureDoesNotMatch");
    }
  }

  private static AwsServiceException assertRefused(Runnable call, int status, String code) {
    AwsServiceException[] thrown = new AwsServiceException[1];
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            AwsServiceException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(status);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              thrown[0] = e;
            });
    return thrown[0];
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.endpoint() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static S3Client s3(AwsCredentials credentials) {
    return s3(credentials, UrlConnectionHttpClient.create());
  }

  private static S3Client s3(AwsCredentials credentials, SdkHttpClient http) {
    return S3Client.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static StsClient sts(AwsCredentials credentials) {
    return sts(credentials, UrlConnectionHttpClient.create());
  }

  private static StsClient sts(AwsCredentials credentials, SdkHttpClient http) {
    return StsClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static IamClient iam(AwsCredentials credentials) {
    return iam(credentials, UrlConnectionHttpClient.create());
  }

  private static IamClient iam(AwsCredentials credentials, SdkHttpClient http) {
    return IamClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http)
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** An HTTP client that changes one character of the signature on its way out. */
  private static final class SignatureTampering implements SdkHttpClient {
    private final SdkHttpClient delegate;

    SignatureTampering(SdkHttpClient delegate) {
      this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      SdkHttpRequest signed = request.httpRequest();
      String authorization = signed.firstMatchingHeader("Authorization").orElseThrow();
      char last = authorization.charAt(authorization.length() - 1);
      String tampered =
          authorization.substring(0, authorization.length() - 1) + (last == '0' ? '1' : '0');
      return delegate.prepareRequest(
          HttpExecuteRequest.builder()
              .request(signed.toBuilder().putHeader("Authorization", List.of(tampered)).build())
              .contentStreamProvider(request.contentStreamProvider().orElse(null))
              .metricCollector(request.metricCollector().orElse(null))
              .build());
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  /** The server's clock, which a test may move ahead of the clients'. */
  private static final class ShiftedClock extends Clock {
    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    void shift(Duration by) {
      shift.set(by);
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
      return Instant.now().plus(shift.get());
    }
  }
}
