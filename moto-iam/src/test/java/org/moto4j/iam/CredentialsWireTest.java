package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * User credentials on the wire, over plain HTTP: the XML the model prescribes, blobs as base64, and
 * error documents whose messages never echo a secret.
 */
class CredentialsWireTest extends IamWireTestBase {

  @Test
  void a_virtual_device_answers_its_seed_and_png_as_base64_blobs_in_the_models_order()
      throws Exception {
    HttpResponse<String> response =
        post("Action", "CreateVirtualMFADevice", "VirtualMFADeviceName", "phone");

    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains("<CreateVirtualMFADeviceResponse xmlns=\"" + NAMESPACE + "\">")
        .containsPattern(
            "<CreateVirtualMFADeviceResult><VirtualMFADevice>"
                + "<SerialNumber>arn:aws:iam::123456789012:mfa/phone</SerialNumber>"
                + "<Base32StringSeed>[A-Za-z0-9+/=]+</Base32StringSeed>"
                + "<QRCodePNG>[A-Za-z0-9+/=]+</QRCodePNG>"
                + "</VirtualMFADevice></CreateVirtualMFADeviceResult>");
    String seed =
        new String(
            Base64.getDecoder().decode(element(body, "Base32StringSeed")),
            StandardCharsets.US_ASCII);
    assertThat(seed).matches("[A-Z2-7]{64}");
    byte[] png = Base64.getDecoder().decode(element(body, "QRCodePNG"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
  }

  @Test
  void a_login_profile_answers_the_models_elements_and_never_the_password() throws Exception {
    post("Action", "CreateUser", "UserName", "alice");

    HttpResponse<String> response =
        post(
            "Action", "CreateLoginProfile",
            "UserName", "alice",
            "Password", "Secret-1",
            "PasswordResetRequired", "true");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .containsPattern(
            "<CreateLoginProfileResult><LoginProfile><UserName>alice</UserName>"
                + "<CreateDate>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z</CreateDate>"
                + "<PasswordResetRequired>true</PasswordResetRequired>"
                + "</LoginProfile></CreateLoginProfileResult>")
        .doesNotContain("Secret-1");
  }

  @Test
  void a_password_policy_violation_is_a_sender_error_document() throws Exception {
    post("Action", "UpdateAccountPasswordPolicy", "MinimumPasswordLength", "8");
    post("Action", "CreateUser", "UserName", "alice");

    HttpResponse<String> response =
        post("Action", "CreateLoginProfile", "UserName", "alice", "Password", "short");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Type")).isEqualTo("Sender");
    assertThat(element(response.body(), "Code")).isEqualTo("PasswordPolicyViolation");
    assertThat(element(response.body(), "Message"))
        .isEqualTo("Password should have a minimum length of 8");
  }

  @Test
  void a_private_key_is_never_echoed_in_a_validation_error() throws Exception {
    String hugeKey = IntStream.range(0, 16385).mapToObj(i -> "k").collect(Collectors.joining());

    HttpResponse<String> response =
        post(
            "Action",
            "UploadServerCertificate",
            "ServerCertificateName",
            "www",
            "CertificateBody",
            CredentialFixtures.resource("server.pem"),
            "PrivateKey",
            hugeKey);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Message"))
        .isEqualTo(
            "1 validation error detected: Value at 'privateKey' failed to satisfy constraint:"
                + " Member must have length less than or equal to 16384");
    assertThat(response.body()).doesNotContain("kkkk");
  }

  @Test
  void a_boolean_member_that_is_no_boolean_is_a_validation_error() throws Exception {
    HttpResponse<String> response =
        post("Action", "UpdateAccountPasswordPolicy", "RequireSymbols", "maybe");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(element(response.body(), "Code")).isEqualTo("ValidationError");
    assertThat(post("Action", "GetAccountPasswordPolicy").statusCode()).isEqualTo(404);
  }
}
