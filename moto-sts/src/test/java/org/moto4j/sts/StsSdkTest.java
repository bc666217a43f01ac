package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithSamlResponse;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.AssumeRootResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.GetDelegatedAccessTokenResponse;
import software.amazon.awssdk.services.sts.model.GetFederationTokenResponse;
import software.amazon.awssdk.services.sts.model.GetSessionTokenResponse;
import software.amazon.awssdk.services.sts.model.GetWebIdentityTokenResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** Every STS operation through the real AWS SDK for Java v2. */
class StsSdkTest {

  private static final String MY_ROLE = "arn:aws:iam::123456789012:role/my-role";
  private static final String OTHER_ACCOUNT_ROLE =
      "arn:aws:iam::111111111111:role/role-in-another-account";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static MotoServer server;
  private static StsClient sts;

  @BeforeAll
  static void start() {
    server = StsTestServers.start();
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
  void the_default_caller_is_the_root_of_the_default_account() {
    GetCallerIdentityResponse identity = sts.getCallerIdentity();

    assertThat(identity.account()).isEqualTo("123456789012");
    assertThat(identity.arn()).isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(identity.userId()).isEqualTo("123456789012");
  }

  @Test
  void assuming_a_role_returns_session_credentials_and_the_assumed_role_user() {
    Instant before = Instant.now();
    AssumeRoleResponse response =
        sts.assumeRole(r -> r.roleArn(MY_ROLE).roleSessionName("my-session"));

    Credentials credentials = response.credentials();
    assertThat(credentials.accessKeyId()).startsWith("ASIA").hasSize(20);
    assertThat(credentials.secretAccessKey()).hasSize(40);
    assertThat(credentials.sessionToken()).isNotBlank();
    assertThat(credentials.expiration())
        .isCloseTo(before.plusSeconds(3600), within(5, ChronoUnit.SECONDS));
    assertThat(response.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::123456789012:assumed-role/my-role/my-session");
    assertThat(response.assumedRoleUser().assumedRoleId()).matches("AROA[A-Z2-7]{17}:my-session");
    assertThat(response.packedPolicySize()).isNull();
    assertThat(response.sourceIdentity()).isNull();
  }

  @Test
  void the_assumed_role_credentials_act_as_the_role_session() {
    AssumeRoleResponse response =
        sts.assumeRole(r -> r.roleArn(MY_ROLE).roleSessionName("my-session"));

    GetCallerIdentityResponse identity = callerWith(response.credentials());

    assertThat(identity.account()).isEqualTo("123456789012");
    assertThat(identity.arn())
        .isEqualTo("arn:aws:sts::123456789012:assumed-role/my-role/my-session");
    assertThat(identity.userId()).isEqualTo(response.assumedRoleUser().assumedRoleId());
  }

  @Test
  void assuming_a_role_in_another_account_acts_in_that_account() {
    AssumeRoleResponse response =
        sts.assumeRole(r -> r.roleArn(OTHER_ACCOUNT_ROLE).roleSessionName("cross"));

    GetCallerIdentityResponse identity = callerWith(response.credentials());

    assertThat(identity.account()).isEqualTo("111111111111");
    assertThat(identity.arn())
        .isEqualTo("arn:aws:sts::111111111111:assumed-role/role-in-another-account/cross");
    assertThat(
            sts.getAccessKeyInfo(r -> r.accessKeyId(response.credentials().accessKeyId()))
                .account())
        .isEqualTo("111111111111");
  }

  @Test
  void every_session_of_one_role_carries_the_roles_id_and_a_roles_path_is_left_out_of_its_arn() {
    String withPath = "arn:aws:iam::123456789012:role/team/app/my-role";
    AssumeRoleResponse first = sts.assumeRole(r -> r.roleArn(withPath).roleSessionName("one"));
    AssumeRoleResponse second = sts.assumeRole(r -> r.roleArn(withPath).roleSessionName("two"));

    assertThat(first.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::123456789012:assumed-role/my-role/one");
    String roleId = first.assumedRoleUser().assumedRoleId().split(":")[0];
    assertThat(second.assumedRoleUser().assumedRoleId()).isEqualTo(roleId + ":two");
  }

  @Test
  void a_role_in_the_china_partition_gives_a_session_in_that_partition() {
    AssumeRoleResponse response =
        sts.assumeRole(
            r -> r.roleArn("arn:aws-cn:iam::222222222222:role/china").roleSessionName("s1"));

    assertThat(response.assumedRoleUser().arn())
        .isEqualTo("arn:aws-cn:sts::222222222222:assumed-role/china/s1");
    assertThat(callerWith(response.credentials()).account()).isEqualTo("222222222222");
  }

  @Test
  void a_session_policy_and_tags_are_measured_and_the_source_identity_echoed() {
    String policy =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"*\"}]}";
    AssumeRoleResponse response =
        sts.assumeRole(
            r ->
                r.roleArn(MY_ROLE)
                    .roleSessionName("tagged")
                    .policy(policy)
                    .policyArns(p -> p.arn("arn:aws:iam::aws:policy/ReadOnlyAccess"))
                    .tags(t -> t.key("team").value("data"), t -> t.key("env").value("prod"))
                    .transitiveTagKeys("team")
                    .externalId("ext-123")
                    .sourceIdentity("alice@example.com")
                    .durationSeconds(900));

    assertThat(response.packedPolicySize()).isBetween(1, 100);
    assertThat(response.sourceIdentity()).isEqualTo("alice@example.com");
    assertThat(response.credentials().expiration())
        .isCloseTo(Instant.now().plusSeconds(900), within(5, ChronoUnit.SECONDS));
  }

  @Test
  void role_chaining_is_limited_to_one_hour_sessions() {
    AssumeRoleResponse first = sts.assumeRole(r -> r.roleArn(MY_ROLE).roleSessionName("first"));
    try (StsClient chained = clientWith(first.credentials())) {
      assertThatThrownBy(
              () ->
                  chained.assumeRole(
                      r ->
                          r.roleArn(OTHER_ACCOUNT_ROLE)
                              .roleSessionName("second")
                              .durationSeconds(7200)))
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                assertThat(e.awsErrorDetails().errorMessage())
                    .contains("1 hour session limit for roles assumed by role chaining");
              });

      AssumeRoleResponse second =
          chained.assumeRole(r -> r.roleArn(OTHER_ACCOUNT_ROLE).roleSessionName("second"));
      assertThat(callerWith(second.credentials()).account()).isEqualTo("111111111111");
    }
  }

  @Test
  void a_session_token_acts_as_the_caller_and_lasts_at_most_an_hour_for_the_root() {
    GetSessionTokenResponse response = sts.getSessionToken(r -> r.durationSeconds(7200));

    assertThat(response.credentials().accessKeyId()).startsWith("ASIA");
    assertThat(response.credentials().expiration())
        .isCloseTo(Instant.now().plusSeconds(3600), within(5, ChronoUnit.SECONDS));
    GetCallerIdentityResponse identity = callerWith(response.credentials());
    assertThat(identity.account()).isEqualTo("123456789012");
    assertThat(identity.arn()).isEqualTo("arn:aws:iam::123456789012:root");
  }

  @Test
  void session_credentials_cannot_get_a_session_token() {
    GetSessionTokenResponse response = sts.getSessionToken();

    try (StsClient session = clientWith(response.credentials())) {
      assertThatThrownBy(session::getSessionToken)
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Cannot call GetSessionToken with session credentials");
              });
    }
  }

  @Test
  void session_token_credentials_may_assume_a_role_but_federated_ones_may_only_ask_who_they_are() {
    Credentials session = sts.getSessionToken().credentials();
    Credentials federated = sts.getFederationToken(r -> r.name("Carol")).credentials();

    try (StsClient withSession = clientWith(session);
        StsClient withFederated = clientWith(federated)) {
      AssumeRoleResponse chained =
          withSession.assumeRole(r -> r.roleArn(OTHER_ACCOUNT_ROLE).roleSessionName("from-mfa"));
      assertThat(callerWith(chained.credentials()).account()).isEqualTo("111111111111");
      assertThat(withFederated.getCallerIdentity().arn())
          .isEqualTo("arn:aws:sts::123456789012:federated-user/Carol");
      assertThatThrownBy(
              () -> withFederated.assumeRole(r -> r.roleArn(MY_ROLE).roleSessionName("nope")))
          .isInstanceOfSatisfying(
              StsException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Cannot call AssumeRole with session credentials");
              });
    }
  }

  @Test
  void a_federation_token_acts_as_the_federated_user() {
    GetFederationTokenResponse response =
        sts.getFederationToken(
            r ->
                r.name("Bob")
                    .policy("{\"Version\":\"2012-10-17\",\"Statement\":[]}")
                    .tags(t -> t.key("dept").value("eng")));

    assertThat(response.federatedUser().arn())
        .isEqualTo("arn:aws:sts::123456789012:federated-user/Bob");
    assertThat(response.federatedUser().federatedUserId()).isEqualTo("123456789012:Bob");
    assertThat(response.packedPolicySize()).isBetween(1, 100);
    GetCallerIdentityResponse identity = callerWith(response.credentials());
    assertThat(identity.arn()).isEqualTo("arn:aws:sts::123456789012:federated-user/Bob");
    assertThat(identity.userId()).isEqualTo("123456789012:Bob");
  }

  @Test
  void web_identity_reads_subject_audience_and_provider_from_the_jwt() {
    String token =
        jwt(
            "{\"sub\":\"user-1234\",\"aud\":\"my-client-id\","
                + "\"iss\":\"https://accounts.example.com\","
                + "\"https://aws.amazon.com/source_identity\":\"alice\"}");
    AssumeRoleWithWebIdentityResponse response =
        sts.assumeRoleWithWebIdentity(
            r -> r.roleArn(OTHER_ACCOUNT_ROLE).roleSessionName("web").webIdentityToken(token));

    assertThat(response.subjectFromWebIdentityToken()).isEqualTo("user-1234");
    assertThat(response.audience()).isEqualTo("my-client-id");
    assertThat(response.provider()).isEqualTo("https://accounts.example.com");
    assertThat(response.sourceIdentity()).isEqualTo("alice");
    assertThat(response.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::111111111111:assumed-role/role-in-another-account/web");
    assertThat(callerWith(response.credentials()).account()).isEqualTo("111111111111");
  }

  @Test
  void web_identity_with_an_opaque_oauth_token_names_the_provider_id() {
    AssumeRoleWithWebIdentityResponse response =
        sts.assumeRoleWithWebIdentity(
            r ->
                r.roleArn(MY_ROLE)
                    .roleSessionName("oauth")
                    .webIdentityToken("Atza|opaque-access-token")
                    .providerId("www.amazon.com"));

    assertThat(response.provider()).isEqualTo("www.amazon.com");
    assertThat(response.subjectFromWebIdentityToken()).startsWith("amzn1.account.");
    assertThat(response.audience()).isNotBlank();
  }

  @Test
  void saml_reads_the_subject_issuer_and_session_name_from_the_assertion() {
    String assertion =
        Base64.getEncoder()
            .encodeToString(
                SamlAssertions.response("alice@example.com", "alice")
                    .getBytes(StandardCharsets.UTF_8));
    AssumeRoleWithSamlResponse response =
        sts.assumeRoleWithSAML(
            r ->
                r.roleArn(OTHER_ACCOUNT_ROLE)
                    .principalArn("arn:aws:iam::111111111111:saml-provider/MySAMLIdP")
                    .samlAssertion(assertion));

    assertThat(response.subject()).isEqualTo("alice@example.com");
    assertThat(response.subjectType()).isEqualTo("persistent");
    assertThat(response.issuer()).isEqualTo(SamlAssertions.ISSUER);
    assertThat(response.audience()).isEqualTo("https://signin.aws.amazon.com/saml");
    assertThat(response.nameQualifier())
        .isEqualTo(
            AssumeRoleWithSaml.nameQualifier(SamlAssertions.ISSUER, "111111111111", "MySAMLIdP"));
    assertThat(response.sourceIdentity()).isEqualTo("alice");
    assertThat(response.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::111111111111:assumed-role/role-in-another-account/alice");
    assertThat(response.credentials().expiration())
        .isCloseTo(Instant.now().plusSeconds(1800), within(5, ChronoUnit.SECONDS));
    assertThat(callerWith(response.credentials()).account()).isEqualTo("111111111111");
  }

  @Test
  void assume_root_acts_as_the_target_accounts_root_for_at_most_fifteen_minutes() {
    AssumeRootResponse response =
        sts.assumeRoot(
            r ->
                r.targetPrincipal("111111111111")
                    .taskPolicyArn(
                        p ->
                            p.arn(
                                "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials")));

    assertThat(response.credentials().expiration())
        .isCloseTo(Instant.now().plusSeconds(900), within(5, ChronoUnit.SECONDS));
    GetCallerIdentityResponse identity = callerWith(response.credentials());
    assertThat(identity.account()).isEqualTo("111111111111");
    assertThat(identity.arn()).isEqualTo("arn:aws:iam::111111111111:root");
  }

  @Test
  void an_access_key_answers_the_account_it_encodes() {
    String longTerm = AccessKeyIds.generate("AKIA", AccountId.of("444455556666"));

    assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(longTerm)).account())
        .isEqualTo("444455556666");
  }

  @Test
  void an_encoded_authorization_message_decodes_to_its_json() {
    String message =
        "{\"allowed\":false,\"explicitDeny\":false,\"context\":{\"action\":\"s3:GetObject\"}}";
    String encoded = Base64.getEncoder().encodeToString(message.getBytes(StandardCharsets.UTF_8));

    assertThat(sts.decodeAuthorizationMessage(r -> r.encodedMessage(encoded)).decodedMessage())
        .isEqualTo(message);
  }

  @Test
  void a_web_identity_token_is_a_signed_jwt_naming_the_caller() throws Exception {
    GetWebIdentityTokenResponse response =
        sts.getWebIdentityToken(
            r ->
                r.audience("https://api.example.com")
                    .signingAlgorithm("RS256")
                    .durationSeconds(600)
                    .tags(t -> t.key("job").value("nightly")));

    String[] parts = response.webIdentityToken().split("\\.");
    assertThat(parts).hasSize(3);
    JsonNode header = decodeJson(parts[0]);
    JsonNode claims = decodeJson(parts[1]);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(claims.get("sub").asText()).isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(claims.get("aud").asText()).isEqualTo("https://api.example.com");
    assertThat(claims.get("iss").asText()).endsWith(".tokens.sts.global.api.aws");
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600);
    assertThat(response.expiration().getEpochSecond()).isEqualTo(claims.get("exp").asLong());
    JsonNode aws = claims.get("https://sts.amazonaws.com/");
    assertThat(aws.get("aws_account").asText()).isEqualTo("123456789012");
    assertThat(aws.get("request_tags").get("job").asText()).isEqualTo("nightly");
  }

  @Test
  void a_role_session_gets_a_web_identity_token_naming_its_role_in_its_account() throws Exception {
    AssumeRoleResponse role =
        sts.assumeRole(r -> r.roleArn(OTHER_ACCOUNT_ROLE).roleSessionName("jwt"));
    try (StsClient session = clientWith(role.credentials())) {
      GetWebIdentityTokenResponse response =
          session.getWebIdentityToken(r -> r.audience("aud-1", "aud-2").signingAlgorithm("ES384"));

      String[] parts = response.webIdentityToken().split("\\.");
      JsonNode claims = decodeJson(parts[1]);
      assertThat(decodeJson(parts[0]).get("alg").asText()).isEqualTo("ES384");
      assertThat(claims.get("sub").asText()).isEqualTo(OTHER_ACCOUNT_ROLE);
      assertThat(claims.get("aud")).hasSize(2);
      assertThat(claims.get("https://sts.amazonaws.com/").get("aws_account").asText())
          .isEqualTo("111111111111");
      assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }
  }

  @Test
  void a_trade_in_token_is_exchanged_for_credentials_of_the_delegated_principal() {
    String principal = "arn:aws:iam::111111111111:role/partner-access";
    String token =
        base64Json(
            Map.of("sub", principal, "exp", Instant.now().plusSeconds(600).getEpochSecond()));

    GetDelegatedAccessTokenResponse response =
        sts.getDelegatedAccessToken(r -> r.tradeInToken(token));

    assertThat(response.assumedPrincipal()).isEqualTo(principal);
    assertThat(response.credentials().accessKeyId()).startsWith("ASIA");
    GetCallerIdentityResponse identity = callerWith(response.credentials());
    assertThat(identity.account()).isEqualTo("111111111111");
    assertThat(identity.arn()).isEqualTo(principal);
  }

  @Test
  void an_expired_trade_in_token_is_refused() {
    String token =
        base64Json(
            Map.of(
                "sub",
                "arn:aws:iam::111111111111:role/partner-access",
                "exp",
                Instant.now().minusSeconds(60).getEpochSecond()));

    assertThatThrownBy(() -> sts.getDelegatedAccessToken(r -> r.tradeInToken(token)))
        .isInstanceOfSatisfying(
            StsException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ExpiredTradeInTokenException");
            });
  }

  private static GetCallerIdentityResponse callerWith(Credentials credentials) {
    try (StsClient client = clientWith(credentials)) {
      return client.getCallerIdentity();
    }
  }

  private static StsClient clientWith(Credentials credentials) {
    return StsTestServers.client(
        server,
        AwsSessionCredentials.create(
            credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
  }

  static String jwt(String payload) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    return url.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + url.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }

  private static String base64Json(Map<String, Object> claims) {
    try {
      return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(claims));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode decodeJson(String part) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(part));
  }
}
