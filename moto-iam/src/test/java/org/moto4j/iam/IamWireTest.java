package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.servlet.MotoServer;

/** IAM on the wire, over plain HTTP: response envelopes, and the errors bad input earns. */
class IamWireTest {

  private static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";

  private static MotoServer server;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
            .build()
            .start();
    http = HttpClient.newHttpClient();
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
  void create_user_answers_the_models_elements_in_the_query_envelope() throws Exception {
    HttpResponse<String> response =
        post("Action", "CreateUser", "Version", "2010-05-08", "UserName", "alice", "Path", "/a/");

    assertThat(response.statusCode()).isEqualTo(200);
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(normalised(response.body()).replace(requestId, "REQUEST-ID"))
        .isEqualTo(golden("create-user.xml"));
  }

  @Test
  void operations_without_output_answer_only_response_metadata() throws Exception {
    post("Action", "CreateUser", "Version", "2010-05-08", "UserName", "alice");

    HttpResponse<String> response =
        post("Action", "DeleteUser", "Version", "2010-05-08", "UserName", "alice");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<DeleteUserResponse xmlns=\"" + NAMESPACE + "\"><ResponseMetadata>")
        .doesNotContain("DeleteUserResult");
  }

  @Test
  void errors_answer_the_query_error_document() throws Exception {
    HttpResponse<String> response =
        post("Action", "GetUser", "Version", "2010-05-08", "UserName", "nobody");

    assertThat(response.statusCode()).isEqualTo(404);
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(normalised(response.body()).replace(requestId, "REQUEST-ID"))
        .isEqualTo(golden("no-such-user.xml"));
  }

  @Test
  void an_invalid_user_name_is_a_ValidationError_naming_the_pattern() throws Exception {
    HttpResponse<String> response =
        post("Action", "CreateUser", "Version", "2010-05-08", "UserName", "bad name!");

    assertError(
        response,
        400,
        "ValidationError",
        "1 validation error detected: Value 'bad name!' at 'userName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    assertThat(listedUserCount()).isZero();
  }

  @Test
  void a_missing_user_name_is_a_ValidationError() throws Exception {
    assertError(
        post("Action", "CreateUser", "Version", "2010-05-08"),
        400,
        "ValidationError",
        "1 validation error detected: Value null at 'userName' failed to satisfy constraint:"
            + " Member must not be null");
  }

  @Test
  void every_broken_constraint_is_listed_in_one_ValidationError() throws Exception {
    assertError(
        post("Action", "CreateUser", "Version", "2010-05-08", "UserName", "", "Path", "no-slash"),
        400,
        "ValidationError",
        "3 validation errors detected: Value 'no-slash' at 'path' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern:"
            + " (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F); Value '' at 'userName' failed to"
            + " satisfy constraint: Member must have length greater than or equal to 1; Value ''"
            + " at 'userName' failed to satisfy constraint: Member must satisfy regular"
            + " expression pattern: [\\w+=,.@-]+");
  }

  @Test
  void a_user_name_longer_than_64_is_a_ValidationError() throws Exception {
    String name = "a".repeat(65);
    assertError(
        post("Action", "CreateUser", "Version", "2010-05-08", "UserName", name),
        400,
        "ValidationError",
        "1 validation error detected: Value '"
            + name
            + "' at 'userName' failed to satisfy constraint: Member must have length less than or"
            + " equal to 64");
  }

  @Test
  void max_items_out_of_range_is_a_ValidationError() throws Exception {
    assertError(
        post("Action", "ListUsers", "Version", "2010-05-08", "MaxItems", "0"),
        400,
        "ValidationError",
        "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 1");
    assertError(
        post("Action", "ListUsers", "Version", "2010-05-08", "MaxItems", "1001"),
        400,
        "ValidationError",
        "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint:"
            + " Member must have value less than or equal to 1000");
  }

  @Test
  void an_invalid_tag_names_its_member() throws Exception {
    HttpResponse<String> response =
        post(
            "Action", "CreateUser",
            "Version", "2010-05-08",
            "UserName", "alice",
            "Tags.member.1.Key", "ok",
            "Tags.member.1.Value", "fine",
            "Tags.member.2.Key", "bad#key");

    assertError(
        response,
        400,
        "ValidationError",
        "2 validation errors detected: Value 'bad#key' at 'tags.2.member.key' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern:"
            + " [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+; Value null at 'tags.2.member.value' failed to"
            + " satisfy constraint: Member must not be null");
    assertThat(listedUserCount()).isZero();
  }

  @Test
  void an_access_key_status_outside_the_enum_is_a_ValidationError() throws Exception {
    assertError(
        post(
            "Action", "UpdateAccessKey",
            "Version", "2010-05-08",
            "AccessKeyId", "AKIAIOSFODNN7EXAMPLE",
            "Status", "Paused"),
        400,
        "ValidationError",
        "1 validation error detected: Value 'Paused' at 'status' failed to satisfy constraint:"
            + " Member must satisfy enum value set: [Active, Inactive, Expired]");
  }

  @Test
  void a_marker_moto4j_did_not_issue_is_InvalidInput() throws Exception {
    assertError(
        post("Action", "ListUsers", "Version", "2010-05-08", "Marker", "%%"),
        400,
        "InvalidInput",
        "Invalid Marker: %%");
  }

  @Test
  void an_unknown_action_is_InvalidAction() throws Exception {
    assertError(
        post("Action", "MakeCoffee", "Version", "2010-05-08"),
        400,
        "InvalidAction",
        "Could not find operation MakeCoffee for version 2010-05-08");
  }

  @Test
  void an_iam_action_moto4j_does_not_implement_is_NotImplemented_naming_it() throws Exception {
    HttpResponse<String> response =
        post(
            "Action", "CreateRole",
            "Version", "2010-05-08",
            "RoleName", "r",
            "AssumeRolePolicyDocument", "{}");

    assertError(
        response,
        501,
        "NotImplemented",
        "The CreateRole operation of iam is not implemented by moto4j.");
  }

  @Test
  void a_request_in_another_account_acts_there() throws Exception {
    post("Action", "CreateUser", "Version", "2010-05-08", "UserName", "alice");

    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("x-moto-account-id", "111111111111")
                .POST(form("Action", "GetUser", "Version", "2010-05-08", "UserName", "alice")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(listedUserCount()).isEqualTo(1);
  }

  private static void assertError(
      HttpResponse<String> response, int status, String code, String message) {
    assertThat(response.statusCode()).as("status").isEqualTo(status);
    String body = response.body();
    assertThat(body).startsWith("<?xml").contains("<ErrorResponse xmlns=\"" + NAMESPACE + "\">");
    assertThat(element(body, "Type")).isEqualTo(status < 500 ? "Sender" : "Receiver");
    assertThat(element(body, "Code")).isEqualTo(code);
    assertThat(element(body, "Message")).isEqualTo(message);
    assertThat(element(body, "RequestId"))
        .isEqualTo(response.headers().firstValue("x-amzn-RequestId").orElseThrow());
  }

  private static int listedUserCount() throws Exception {
    String body = post("Action", "ListUsers", "Version", "2010-05-08").body();
    return body.split("<member>", -1).length - 1;
  }

  private static HttpResponse<String> post(String... parameters) throws Exception {
    return send(
        HttpRequest.newBuilder(server.endpoint().resolve("/"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form(parameters)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.BodyPublisher form(String... parameters) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      pairs.put(parameters[i], parameters[i + 1]);
    }
    String body =
        pairs.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.BodyPublishers.ofString(body);
  }

  private static String element(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
    return matcher.find() ? unescape(matcher.group(1)) : null;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Replaces what changes from run to run: unique ids and timestamps. */
  private static String normalised(String xml) {
    return xml.replaceAll("<UserId>AIDA[A-Z2-7]{17}</UserId>", "<UserId>USER-ID</UserId>")
        .replaceAll(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z", "2006-02-03T16:45:09.000Z");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = IamWireTest.class.getResourceAsStream("/golden/" + name)) {
      // Golden files are indented for reading; AWS writes no whitespace between elements.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .strip()
          .replaceAll(">\\s+<", "><")
          .replace("?><", "?>\n<");
    }
  }
}
