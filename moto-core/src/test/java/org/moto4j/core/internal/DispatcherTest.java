package org.moto4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;

class DispatcherTest {

  private final Moto moto =
      Moto.builder()
          .config(new MotoConfig(Map.of()))
          .services(List.of(new TestServices.EchoService(), new TestServices.RestService()))
          .build();

  @Test
  void a_form_action_with_its_version_reaches_the_query_service() {
    MotoResponse response = moto.handle(form("Action=Echo&Version=2020-01-01&Say=hi"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
    assertThat(body(response))
        .contains("<EchoResponse xmlns=\"https://echo.example.com/doc/2020-01-01/\"><EchoResult>")
        .contains("<Account>123456789012</Account>")
        .contains("<Region>us-east-1</Region>")
        .contains("<Arn>arn:aws:iam::123456789012:root</Arn>")
        .contains("<Said>hi</Said>")
        .contains("<ResponseMetadata><RequestId>" + response.headers().first("x-amzn-RequestId"));
  }

  @Test
  void the_sigv4_scope_names_service_and_region() {
    MotoRequest request =
        MotoRequest.builder("POST", "/")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-2/echo/aws4_request,"
                    + " SignedHeaders=host, Signature=abc")
            .body("Action=Echo")
            .build();
    assertThat(body(moto.handle(request))).contains("<Region>eu-west-2</Region>");
  }

  @Test
  void an_unknown_action_is_a_400_invalid_action_in_the_query_error_shape() {
    MotoResponse response = moto.handle(form("Action=Nope&Version=2020-01-01"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(body(response))
        .contains("<ErrorResponse xmlns=\"https://echo.example.com/doc/2020-01-01/\">")
        .contains("<Type>Sender</Type><Code>InvalidAction</Code>")
        .contains("<Message>Could not find operation Nope for version 2020-01-01</Message>")
        .contains("<RequestId>");
  }

  @Test
  void an_action_of_the_api_that_is_not_implemented_answers_501_naming_it() {
    MotoResponse response = moto.handle(form("Action=Later&Version=2020-01-01"));
    assertThat(response.status()).isEqualTo(501);
    assertThat(body(response))
        .contains("<Type>Receiver</Type><Code>NotImplemented</Code>")
        .contains("The Later operation of echo is not implemented by moto4j.");
  }

  @Test
  void an_unexpected_failure_is_a_500_internal_error_with_the_request_id() {
    MotoResponse response = moto.handle(form("Action=Boom&Version=2020-01-01"));
    assertThat(response.status()).isEqualTo(500);
    assertThat(body(response)).contains("<Code>InternalError</Code>");
  }

  @Test
  void a_malformed_authorization_header_is_a_400_in_each_protocol() {
    MotoResponse query =
        moto.handle(
            MotoRequest.builder("POST", "/")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 garbage")
                .body("Action=Echo&Version=2020-01-01")
                .build());
    assertThat(query.status()).isEqualTo(400);
    assertThat(body(query)).contains("<Code>IncompleteSignature</Code>");

    MotoResponse rest =
        moto.handle(
            MotoRequest.builder("GET", "/thing")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=bad")
                .build());
    assertThat(rest.status()).isEqualTo(400);
    assertThat(body(rest))
        .startsWith("<?xml")
        .contains("<Error><Code>AuthorizationHeaderMalformed</Code>")
        .contains("<RequestId>" + rest.headers().first("x-amz-request-id") + "</RequestId>")
        .contains("<HostId>");
  }

  @Test
  void a_malformed_presigned_credential_is_an_authorization_query_parameters_error() {
    MotoResponse response =
        moto.handle(
            MotoRequest.builder("GET", "/thing")
                .rawQuery("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=nonsense")
                .build());
    assertThat(response.status()).isEqualTo(400);
    assertThat(body(response))
        .contains("<Code>AuthorizationQueryParametersError</Code>")
        .contains("Error parsing the X-Amz-Credential parameter");
  }

  @Test
  void an_account_header_that_is_not_twelve_digits_is_a_400() {
    MotoResponse response =
        moto.handle(
            MotoRequest.builder("GET", "/thing").header("x-moto-account-id", "abc").build());
    assertThat(response.status()).isEqualTo(400);
    assertThat(body(response)).contains("<Code>InvalidArgument</Code>").contains("'abc'");
  }

  @Test
  void a_malformed_query_escape_is_a_400_in_each_protocol() {
    MotoResponse rest = moto.handle(MotoRequest.builder("GET", "/thing").rawQuery("a=%zz").build());
    assertThat(rest.status()).isEqualTo(400);
    assertThat(body(rest)).contains("<Code>InvalidURI</Code>");
    MotoResponse query =
        moto.handle(
            MotoRequest.builder("POST", "/")
                .rawQuery("x=%z")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("Action=Echo&Version=2020-01-01")
                .build());
    assertThat(query.status()).isEqualTo(400);
    assertThat(body(query)).contains("<Code>MalformedQueryString</Code>");
  }

  @Test
  void a_service_moto4j_does_not_serve_is_a_501_naming_it() {
    MotoResponse response =
        moto.handle(
            MotoRequest.builder("POST", "/")
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host, Signature=abc")
                .build());
    assertThat(response.status()).isEqualTo(501);
    assertThat(body(response)).contains("dynamodb");
  }

  @Test
  void head_errors_have_no_body_but_keep_the_request_id_headers() {
    MotoResponse response = moto.handle(MotoRequest.builder("HEAD", "/thing").build());
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isNull();
    assertThat(response.headers().first("x-amz-request-id")).matches("[0-9A-F]{16}");
    assertThat(response.headers().first("x-amz-id-2")).isNotBlank();
  }

  @Test
  void state_is_per_account_and_resets_whole_or_per_account() {
    put("/one", "111111111111");
    put("/two", "222222222222");
    assertThat(get("111111111111").status()).isEqualTo(200);
    assertThat(body(get("222222222222"))).contains("two");
    assertThat(get("123456789012").status()).isEqualTo(404);

    MotoResponse accountReset =
        moto.handle(MotoRequest.builder("POST", "/moto-api/accounts/111111111111/reset").build());
    assertThat(accountReset.status()).isEqualTo(200);
    assertThat(get("111111111111").status()).isEqualTo(404);
    assertThat(get("222222222222").status()).isEqualTo(200);

    assertThat(moto.handle(MotoRequest.builder("POST", "/moto-api/reset").build()).status())
        .isEqualTo(200);
    assertThat(get("222222222222").status()).isEqualTo(404);
  }

  @Test
  void the_control_plane_answers_as_moto_does() {
    MotoResponse get = moto.handle(MotoRequest.builder("GET", "/moto-api/reset").build());
    assertThat(get.status()).isEqualTo(400);
    assertThat(body(get)).isEqualTo("{\"Error\":\"Need to POST to reset Moto\"}");
    MotoResponse post = moto.handle(MotoRequest.builder("POST", "/moto-api/reset").build());
    assertThat(body(post)).isEqualTo("{\"status\":\"ok\"}");
    MotoResponse badAccount =
        moto.handle(MotoRequest.builder("POST", "/moto-api/accounts/12/reset").build());
    assertThat(badAccount.status()).isEqualTo(400);
    assertThat(moto.handle(MotoRequest.builder("GET", "/moto-api/nothing").build()).status())
        .isEqualTo(404);
  }

  @Test
  void the_reset_forgets_one_account_only_and_leaves_the_default_alone() {
    moto.reset(AccountId.of("999999999999"));
    put("/kept", "123456789012");
    moto.reset(AccountId.of("999999999999"));
    assertThat(get("123456789012").status()).isEqualTo(200);
  }

  private void put(String path, String account) {
    MotoResponse response =
        moto.handle(MotoRequest.builder("PUT", path).header("x-moto-account-id", account).build());
    assertThat(response.status()).isEqualTo(200);
  }

  private MotoResponse get(String account) {
    return moto.handle(
        MotoRequest.builder("GET", "/x").header("x-moto-account-id", account).build());
  }

  private static MotoRequest form(String body) {
    return MotoRequest.builder("POST", "/")
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .body(body)
        .build();
  }

  static String body(MotoResponse response) {
    if (response.body() == null) {
      return "";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      response.body().writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
