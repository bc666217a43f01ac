package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;

/** Bad input through raw HTTP: each a clear AWS-style 4xx, never a 500. */
class BadInputTest {

  private static MotoServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = Servers.started();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void an_account_header_that_is_not_twelve_digits_is_refused_by_s3_and_sts() throws Exception {
    HttpResponse<String> s3 =
        send(HttpRequest.newBuilder(uri("/")).header("x-moto-account-id", "12345").GET());
    assertThat(s3.statusCode()).isEqualTo(400);
    assertThat(s3.body())
        .contains("<Code>InvalidArgument</Code>")
        .contains("x-moto-account-id")
        .contains("'12345'");

    HttpResponse<String> sts =
        send(
            form("Action=GetCallerIdentity&Version=2011-06-15")
                .header("x-moto-account-id", "not-an-account"));
    assertThat(sts.statusCode()).isEqualTo(400);
    assertThat(sts.body())
        .contains("<ErrorResponse")
        .contains("<Code>InvalidParameterValue</Code>")
        .contains("'not-an-account'");
  }

  @Test
  void a_malformed_authorization_header_is_refused_by_s3_and_sts() throws Exception {
    HttpResponse<String> s3 =
        send(
            HttpRequest.newBuilder(uri("/"))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=nonsense")
                .GET());
    assertThat(s3.statusCode()).isEqualTo(400);
    assertThat(s3.body()).contains("<Code>AuthorizationHeaderMalformed</Code>");

    HttpResponse<String> sts =
        send(
            form("Action=GetCallerIdentity&Version=2011-06-15")
                .header("Authorization", "AWS4-HMAC-SHA256 garbage"));
    assertThat(sts.statusCode()).isEqualTo(400);
    assertThat(sts.body()).contains("<Code>IncompleteSignature</Code>");
  }

  @Test
  void a_malformed_role_arn_is_a_validation_error() throws Exception {
    HttpResponse<String> response =
        send(
            form(
                "Action=AssumeRole&Version=2011-06-15&RoleArn=not-an-arn&RoleSessionName=session"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>ValidationError</Code>").contains("not-an-arn");
  }

  @Test
  void a_too_short_session_name_is_a_validation_error() throws Exception {
    HttpResponse<String> response =
        send(
            form(
                "Action=AssumeRole&Version=2011-06-15"
                    + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr&RoleSessionName=a"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>ValidationError</Code>")
        .contains("roleSessionName")
        .contains("Member must have length greater than or equal to 2");
  }

  @Test
  void an_unknown_action_is_invalid_action() throws Exception {
    HttpResponse<String> response = send(form("Action=MakeCoffee&Version=2011-06-15"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidAction</Code>")
        .contains("Could not find operation MakeCoffee for version 2011-06-15");
  }

  @Test
  void a_malformed_percent_escape_in_a_form_is_a_400() throws Exception {
    HttpResponse<String> response = send(form("Action=GetCallerIdentity&Version=2011-06-15&X=%ZZ"));
    assertThat(response.statusCode()).isEqualTo(400);
  }

  private static HttpRequest.Builder form(String body) {
    return HttpRequest.newBuilder(uri("/"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static URI uri(String path) {
    return URI.create(server.endpoint() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
