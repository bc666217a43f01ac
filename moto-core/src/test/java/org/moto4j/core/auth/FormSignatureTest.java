package org.moto4j.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.protocol.AwsException;

/**
 * Browser-form POST signatures, checked against the worked example of AWS's "Example: Browser-Based
 * Upload using HTTP POST (Using AWS Signature Version 4)" (its policy, example keys and published
 * signature), and SigV2's HMAC-SHA1 of the policy.
 */
class FormSignatureTest {

  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String CREDENTIAL = KEY + "/20151229/us-east-1/s3/aws4_request";
  private static final String POLICY =
      "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiLA0KICAiY29uZGl0aW9ucyI6IFsNCiAg"
          + "ICB7ImJ1Y2tldCI6ICJzaWd2NGV4YW1wbGVidWNrZXQifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRrZXki"
          + "LCAidXNlci91c2VyMS8iXSwNCiAgICB7ImFjbCI6ICJwdWJsaWMtcmVhZCJ9LA0KICAgIHsic3VjY2Vzc19h"
          + "Y3Rpb25fcmVkaXJlY3QiOiAiaHR0cDovL3NpZ3Y0ZXhhbXBsZWJ1Y2tldC5zMy5hbWF6b25hd3MuY29tL3N1"
          + "Y2Nlc3NmdWxfdXBsb2FkLmh0bWwifSwNCiAgICBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAi"
          + "aW1hZ2UvIl0sDQogICAgeyJ4LWFtei1tZXRhLXV1aWQiOiAiMTQzNjUxMjM2NTEyNzQifSwNCiAgICB7Ing"
          + "tYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24iOiAiQUVTMjU2In0sDQogICAgWyJzdGFydHMtd2l0aCIsICIk"
          + "eC1hbXotbWV0YS10YWciLCAiIl0sDQoNCiAgICB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJQUlPU0ZPRE5ON0"
          + "VYQU1QTEUvMjAxNTEyMjkvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LA0KICAgIHsieC1hbXotYWxnb3Jp"
          + "dGhtIjogIkFXUzQtSE1BQy1TSEEyNTYifSwNCiAgICB7IngtYW16LWRhdGUiOiAiMjAxNTEyMjlUMDAwMDAw"
          + "WiIgfQ0KICBdDQp9";
  private static final String SIGNATURE =
      "8afdbf4008c03f22c2cd3cdb72e4afbb1f6a588f3255ac628749a66d7f09699e";

  private final CredentialRegistry registry = new CredentialRegistry();
  private final SignatureVerifier verifier =
      new SignatureVerifier(
          registry, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

  FormSignatureTest() {
    registry.register(
        new IssuedCredential(
            KEY,
            SECRET,
            null,
            null,
            AccountId.of("111111111111"),
            "arn:aws:iam::111111111111:user/alice",
            "AIDAEXAMPLE",
            IssuedCredential.Kind.IAM_USER));
  }

  @Test
  void the_documented_sigv4_form_signature_is_accepted_and_names_its_signer() {
    IssuedCredential signer = verifier.verifyFormV4(CREDENTIAL, SIGNATURE, POLICY, null);

    assertThat(signer.accessKeyId()).isEqualTo(KEY);
    assertThat(signer.principalArn()).isEqualTo("arn:aws:iam::111111111111:user/alice");
  }

  @Test
  void a_sigv4_form_signature_of_another_policy_does_not_match() {
    String other = Base64.getEncoder().encodeToString("{}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> verifier.verifyFormV4(CREDENTIAL, SIGNATURE, other, null))
        .isInstanceOfSatisfying(
            AwsException.class,
            e -> {
              assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
              assertThat(e.status()).isEqualTo(403);
            });
  }

  @Test
  void a_form_from_a_key_never_issued_is_an_invalid_access_key_id() {
    String unknown = "AKIAI44QH8DHBEXAMPLE/20151229/us-east-1/s3/aws4_request";

    assertThatThrownBy(() -> verifier.verifyFormV4(unknown, SIGNATURE, POLICY, null))
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidAccessKeyId"));
    assertThatThrownBy(() -> verifier.verifyFormV2("AKIAI44QH8DHBEXAMPLE", "x", POLICY, null))
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidAccessKeyId"));
  }

  @Test
  void a_sigv2_form_signature_is_the_base64_hmac_sha1_of_the_policy() {
    String signature =
        Base64.getEncoder()
            .encodeToString(
                SigningKeys.hmacSha1(
                    SECRET.getBytes(StandardCharsets.UTF_8),
                    POLICY.getBytes(StandardCharsets.UTF_8)));

    assertThat(verifier.verifyFormV2(KEY, signature, POLICY, null).accessKeyId()).isEqualTo(KEY);
    assertThatThrownBy(() -> verifier.verifyFormV2(KEY, signature, POLICY + "=", null))
        .isInstanceOfSatisfying(
            AwsException.class, e -> assertThat(e.code()).isEqualTo("SignatureDoesNotMatch"));
  }
}
