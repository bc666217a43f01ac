package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.servlet.MotoServer;
import org.moto4j.sts.StsTestServers.Reply;

/** STS on the wire: form requests and AWS's query-protocol answers, bad input above all. */
class StsWireTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/my-role";
  private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = StsTestServers.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void reset() {
    server.moto().reset();
  }

  @Test
  void get_caller_identity_answers_in_the_query_envelope() {
    Reply reply = StsTestServers.post(server, Map.of("Action", "GetCallerIdentity"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<GetCallerIdentityResponse xmlns=\"" + NS + "\"><GetCallerIdentityResult>")
        .contains("<ResponseMetadata><RequestId>");
    assertThat(reply.element("Arn")).isEqualTo("arn:aws:iam::123456789012:root");
  }

  @Test
  void the_account_header_changes_the_callers_account() {
    Reply reply =
        StsTestServers.post(
            server, Map.of("Action", "GetCallerIdentity"), "x-moto-account-id", "111111111111");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.element("Account")).isEqualTo("111111111111");
    assertThat(reply.element("Arn")).isEqualTo("arn:aws:iam::111111111111:root");
    assertThat(reply.element("UserId")).isEqualTo("111111111111");
  }

  @Test
  void credentials_are_written_in_the_models_order_with_whole_second_expirations() {
    Reply reply = assumeRole(Map.of());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .containsPattern(
            "<Credentials><AccessKeyId>ASIA\\w{16}</AccessKeyId><SecretAccessKey>.{40}"
                + "</SecretAccessKey><SessionToken>[^<]+</SessionToken><Expiration>"
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</Expiration></Credentials>"
                + "<AssumedRoleUser><AssumedRoleId>AROA");
  }

  @Test
  void a_malformed_role_arn_is_a_validation_error() {
    Reply reply = assumeRole(Map.of("RoleArn", "arn:aws:iam::123:role/too-short-account"));

    assertError(reply, 400, "ValidationError", "Request ARN is invalid");
  }

  @Test
  void a_role_arn_of_another_resource_type_is_a_validation_error() {
    Reply reply = assumeRole(Map.of("RoleArn", "arn:aws:iam::123456789012:user/alice"));

    assertError(reply, 400, "ValidationError", "Request ARN is invalid");
  }

  @Test
  void a_too_short_session_name_is_a_validation_error() {
    Reply reply = assumeRole(Map.of("RoleSessionName", "a"));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 2");
  }

  @Test
  void several_violations_are_reported_together() {
    Reply reply = assumeRole(Map.of("RoleSessionName", "a b", "DurationSeconds", "60"));

    assertError(
        reply,
        400,
        "ValidationError",
        "2 validation errors detected: Value 'a b' at 'roleSessionName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; Value"
            + " '60' at 'durationSeconds' failed to satisfy constraint: Member must have value"
            + " greater than or equal to 900");
  }

  @Test
  void a_session_name_breaking_length_and_pattern_reports_the_length_first() {
    Reply reply = assumeRole(Map.of("RoleSessionName", "!"));

    assertError(
        reply,
        400,
        "ValidationError",
        "2 validation errors detected: Value '!' at 'roleSessionName' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 2; Value '!' at"
            + " 'roleSessionName' failed to satisfy constraint: Member must satisfy regular"
            + " expression pattern: [\\w+=,.@-]*");
  }

  @Test
  void missing_required_members_are_reported_as_null() {
    Reply reply = StsTestServers.post(server, Map.of("Action", "AssumeRole"));

    assertError(
        reply,
        400,
        "ValidationError",
        "2 validation errors detected: Value null at 'roleArn' failed to satisfy constraint:"
            + " Member must not be null; Value null at 'roleSessionName' failed to satisfy"
            + " constraint: Member must not be null");
  }

  @Test
  void a_duration_above_twelve_hours_is_a_validation_error() {
    Reply reply = assumeRole(Map.of("DurationSeconds", "43201"));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy"
            + " constraint: Member must have value less than or equal to 43200");
  }

  @Test
  void a_duration_that_is_not_a_number_is_a_validation_error() {
    Reply reply = assumeRole(Map.of("DurationSeconds", "soon"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("ValidationError");
    assertThat(reply.message()).contains("'durationSeconds'").contains("must be a number");
  }

  @Test
  void a_policy_over_2048_characters_without_whitespace_is_a_validation_error() {
    String policy = policyOfLength(2100);
    Reply reply = assumeRole(Map.of("Policy", policy));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Value '"
            + policy
            + "' at 'policy' failed to satisfy constraint: Member must have length less than or"
            + " equal to 2048");
  }

  @Test
  void whitespace_does_not_count_against_the_policy_length() {
    String spaced = policyOfLength(1500).replace(",", " ,\n    ");

    Reply reply = assumeRole(Map.of("Policy", spaced));

    assertThat(spaced.length()).isGreaterThan(2048);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.element("PackedPolicySize")).matches("\\d+");
  }

  @Test
  void a_policy_that_is_not_json_is_a_malformed_policy_document() {
    Reply reply = assumeRole(Map.of("Policy", "{\"Version\": \"2012-10-17\", \"Statement\": ["));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("MalformedPolicyDocument");
    assertThat(reply.message()).startsWith("The policy is not in the valid JSON format");
  }

  @Test
  void oversized_session_tags_overflow_the_packed_policy() {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 1; i <= 50; i++) {
      form.put("Tags.member." + i + ".Key", i + "-" + random(120));
      form.put("Tags.member." + i + ".Value", random(250));
    }
    Reply reply = assumeRole(form);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("PackedPolicyTooLarge");
    assertThat(reply.message())
        .matches("Packed policy consumes \\d+% of allotted space, please use smaller policy\\.");
  }

  @Test
  void duplicate_tag_keys_differing_in_case_are_refused() {
    Reply reply =
        assumeRole(
            Map.of(
                "Tags.member.1.Key", "Department",
                "Tags.member.1.Value", "a",
                "Tags.member.2.Key", "department",
                "Tags.member.2.Value", "b"));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Duplicate tag keys found. Please note that Tag keys are case"
            + " insensitive.");
  }

  @Test
  void more_than_fifty_tags_and_ten_policy_arns_are_refused() {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 1; i <= 51; i++) {
      form.put("Tags.member." + i + ".Key", "k" + i);
      form.put("Tags.member." + i + ".Value", "v");
    }
    for (int i = 1; i <= 11; i++) {
      form.put("PolicyArns.member." + i + ".arn", "arn:aws:iam::aws:policy/Policy" + i);
    }
    Reply reply = assumeRole(form);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message())
        .startsWith("2 validation errors detected")
        .contains(
            "at 'policyArns' failed to satisfy constraint: Member must have length less than or"
                + " equal to 10")
        .contains(
            "at 'tags' failed to satisfy constraint: Member must have length less than or equal"
                + " to 50");
  }

  @Test
  void external_id_token_code_and_source_identity_are_checked_against_their_patterns() {
    Reply reply =
        assumeRole(Map.of("ExternalId", "has space", "TokenCode", "12ab56", "SourceIdentity", "x"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message())
        .startsWith("3 validation errors detected")
        .contains("Value 'has space' at 'externalId' failed to satisfy constraint")
        .contains(
            "Value '12ab56' at 'tokenCode' failed to satisfy constraint: Member must satisfy"
                + " regular expression pattern: [\\d]*")
        .contains(
            "Value 'x' at 'sourceIdentity' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 2");
  }

  @Test
  void an_unknown_action_is_invalid_action() {
    Reply reply = StsTestServers.post(server, Map.of("Action", "AssumeEverything"));

    assertError(
        reply,
        400,
        "InvalidAction",
        "Could not find operation AssumeEverything for version 2011-06-15");
  }

  @Test
  void a_signed_request_without_action_is_refused() {
    Reply reply =
        StsTestServers.postRaw(
            server,
            "Version=2011-06-15",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/us-east-1/sts/aws4_request,"
                + " SignedHeaders=host, Signature=abc");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("MissingAction");
    assertThat(reply.message()).isEqualTo("Missing Action");
  }

  @Test
  void a_web_identity_token_is_never_echoed_in_a_validation_error() {
    Reply reply =
        StsTestServers.post(
            server,
            Map.of(
                "Action", "AssumeRoleWithWebIdentity",
                "RoleArn", ROLE,
                "RoleSessionName", "web",
                "WebIdentityToken", "abc"));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 4");
  }

  @Test
  void a_saml_assertion_that_is_not_base64_is_an_invalid_identity_token() {
    Reply reply = saml("this is not base64!");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidIdentityToken");
    assertThat(reply.message())
        .startsWith("Invalid SAML assertion: the SAMLAssertion is not valid base64");
  }

  @Test
  void a_saml_assertion_that_is_not_xml_is_an_invalid_identity_token() {
    Reply reply = saml(base64("not xml at all"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidIdentityToken");
    assertThat(reply.message())
        .startsWith("Invalid SAML assertion: the SAMLAssertion is not well-formed XML");
  }

  @Test
  void a_saml_assertion_with_a_doctype_is_refused_before_any_entity_is_read() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + SamlAssertions.response("&x;", "alice").replaceFirst("<\\?xml[^>]*>", "");
    Reply reply = saml(base64(xxe));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("InvalidIdentityToken");
    assertThat(reply.message()).contains("DOCTYPE").doesNotContain("root:");
  }

  @Test
  void a_saml_assertion_without_a_session_name_is_refused() {
    String response =
        SamlAssertions.response("alice", "alice")
            .replace("https://aws.amazon.com/SAML/Attributes/RoleSessionName", "urn:other");
    Reply reply = saml(base64(response));

    assertError(
        reply,
        400,
        "InvalidIdentityToken",
        "Invalid SAML assertion: it has no https://aws.amazon.com/SAML/Attributes/RoleSessionName"
            + " attribute.");
  }

  @Test
  void a_saml_principal_that_is_not_a_saml_provider_is_a_validation_error() {
    Reply reply =
        StsTestServers.post(
            server,
            Map.of(
                "Action",
                "AssumeRoleWithSAML",
                "RoleArn",
                ROLE,
                "PrincipalArn",
                "arn:aws:iam::123456789012:user/not-a-provider",
                "SAMLAssertion",
                base64(SamlAssertions.response("alice", "alice"))));

    assertError(reply, 400, "ValidationError", "Request ARN is invalid");
  }

  @Test
  void a_key_that_encodes_no_account_is_a_validation_error() {
    Reply reply =
        StsTestServers.post(
            server, Map.of("Action", "GetAccessKeyInfo", "AccessKeyId", "AKIA0000000000000000"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("ValidationError");
    assertThat(reply.message())
        .startsWith("The access key ID 'AKIA0000000000000000' does not encode an account");
  }

  @Test
  void a_too_short_access_key_is_a_validation_error() {
    Reply reply =
        StsTestServers.post(server, Map.of("Action", "GetAccessKeyInfo", "AccessKeyId", "AKIA1"));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Value 'AKIA1' at 'accessKeyId' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 16");
  }

  @Test
  void an_authorization_message_that_is_not_base64_json_is_invalid() {
    Reply notBase64 =
        StsTestServers.post(
            server, Map.of("Action", "DecodeAuthorizationMessage", "EncodedMessage", "abc\ndef"));
    Reply notJson =
        StsTestServers.post(
            server,
            Map.of("Action", "DecodeAuthorizationMessage", "EncodedMessage", base64("plain text")));

    assertError(
        notBase64,
        400,
        "InvalidAuthorizationMessageException",
        "The encoded authorization message is invalid: it is not base64.");
    assertError(
        notJson,
        400,
        "InvalidAuthorizationMessageException",
        "The encoded authorization message is invalid: it does not decode to JSON.");
  }

  @Test
  void assume_root_needs_a_root_task_policy_and_a_short_duration() {
    Reply wrongPolicy =
        StsTestServers.post(
            server,
            Map.of(
                "Action", "AssumeRoot",
                "TargetPrincipal", "111111111111",
                "TaskPolicyArn.arn", "arn:aws:iam::aws:policy/AdministratorAccess"));
    Reply tooLong =
        StsTestServers.post(
            server,
            Map.of(
                "Action", "AssumeRoot",
                "TargetPrincipal", "111111111111",
                "TaskPolicyArn.arn", "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy",
                "DurationSeconds", "901"));

    assertThat(wrongPolicy.status()).isEqualTo(400);
    assertThat(wrongPolicy.code()).isEqualTo("ValidationError");
    assertThat(wrongPolicy.message()).contains("root-task");
    assertError(
        tooLong,
        400,
        "ValidationError",
        "1 validation error detected: Value '901' at 'durationSeconds' failed to satisfy"
            + " constraint: Member must have value less than or equal to 900");
  }

  @Test
  void assume_root_without_a_task_policy_names_the_missing_member() {
    Reply reply =
        StsTestServers.post(
            server, Map.of("Action", "AssumeRoot", "TargetPrincipal", "111111111111"));

    assertError(
        reply,
        400,
        "ValidationError",
        "1 validation error detected: Value null at 'taskPolicyArn' failed to satisfy constraint:"
            + " Member must not be null");
  }

  @Test
  void get_web_identity_token_checks_its_algorithm_audience_and_duration() {
    Reply reply =
        StsTestServers.post(
            server,
            Map.of(
                "Action", "GetWebIdentityToken",
                "SigningAlgorithm", "HS256",
                "DurationSeconds", "3601"));

    assertError(
        reply,
        400,
        "ValidationError",
        "3 validation errors detected: Value null at 'audience' failed to satisfy constraint:"
            + " Member must not be null; Value '3601' at 'durationSeconds' failed to satisfy"
            + " constraint: Member must have value less than or equal to 3600; Value 'HS256' at"
            + " 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value"
            + " set: [RS256, ES384]");
  }

  @Test
  void a_trade_in_token_moto4j_cannot_read_is_a_validation_error() {
    Reply reply =
        StsTestServers.post(
            server, Map.of("Action", "GetDelegatedAccessToken", "TradeInToken", "opaque"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("ValidationError");
    assertThat(reply.message()).startsWith("The trade-in token is not one moto4j can read");
  }

  @Test
  void a_failed_assume_role_issues_no_credential() {
    assumeRole(Map.of("Policy", "not json"));

    assertThat(server.moto().injector().getInstance(CredentialRegistry.class).all()).isEmpty();
  }

  private static Reply assumeRole(Map<String, String> overrides) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Action", "AssumeRole");
    form.put("RoleArn", ROLE);
    form.put("RoleSessionName", "session");
    form.putAll(overrides);
    return StsTestServers.post(server, form);
  }

  private static Reply saml(String assertion) {
    return StsTestServers.post(
        server,
        Map.of(
            "Action",
            "AssumeRoleWithSAML",
            "RoleArn",
            ROLE,
            "PrincipalArn",
            "arn:aws:iam::123456789012:saml-provider/MySAMLIdP",
            "SAMLAssertion",
            assertion));
  }

  private static void assertError(Reply reply, int status, String code, String message) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.body())
        .contains("<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type>");
    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.message()).isEqualTo(message);
  }

  /** A policy document of exactly {@code length} characters, without whitespace. */
  private static String policyOfLength(int length) {
    String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[";
    String tail = "],\"Resource\":\"*\"}]}";
    StringBuilder actions = new StringBuilder();
    int i = 0;
    while (head.length() + actions.length() + tail.length() < length - 20) {
      actions
          .append(actions.length() == 0 ? "" : ",")
          .append("\"s3:Action")
          .append(i++)
          .append('"');
    }
    StringBuilder policy = new StringBuilder(head).append(actions);
    String last = ",\"s3:";
    policy.append(last);
    int pad = length - policy.length() - tail.length() - 1;
    policy.append("x".repeat(Math.max(0, pad))).append('"').append(tail);
    return policy.toString();
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final Random RANDOM = new Random(42);

  private static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
