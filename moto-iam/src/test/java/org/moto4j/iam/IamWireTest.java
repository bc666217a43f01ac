package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** IAM on the wire, over plain HTTP: response envelopes, and the errors bad input earns. */
class IamWireTest extends IamWireTestBase {

  @Test
  void create_user_answers_the_models_elements_in_the_query_envelope() throws Exception {
    HttpResponse<String> response =
        post("Action", "CreateUser", "UserName", "alice", "Path", "/a/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalised(response)).isEqualTo(golden("create-user.xml"));
  }

  @Test
  void operations_without_output_answer_only_response_metadata() throws Exception {
    post("Action", "CreateUser", "UserName", "alice");

    HttpResponse<String> response = post("Action", "DeleteUser", "UserName", "alice");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<DeleteUserResponse xmlns=\"" + NAMESPACE + "\"><ResponseMetadata>")
        .doesNotContain("DeleteUserResult");
  }

  @Test
  void errors_answer_the_query_error_document() throws Exception {
    HttpResponse<String> response = post("Action", "GetUser", "UserName", "nobody");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(normalised(response)).isEqualTo(golden("no-such-user.xml"));
  }

  @Test
  void an_invalid_user_name_is_a_ValidationError_naming_the_pattern() throws Exception {
    HttpResponse<String> response = post("Action", "CreateUser", "UserName", "bad name!");

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
        post("Action", "CreateUser"),
        400,
        "ValidationError",
        "1 validation error detected: Value null at 'userName' failed to satisfy constraint:"
            + " Member must not be null");
  }

  @Test
  void every_broken_constraint_is_listed_in_one_ValidationError() throws Exception {
    assertError(
        post("Action", "CreateUser", "UserName", "", "Path", "no-slash"),
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
        post("Action", "CreateUser", "UserName", name),
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
        post("Action", "ListUsers", "MaxItems", "0"),
        400,
        "ValidationError",
        "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint:"
            + " Member must have value greater than or equal to 1");
    assertError(
        post("Action", "ListUsers", "MaxItems", "1001"),
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
        post("Action", "ListUsers", "Marker", "%%"), 400, "InvalidInput", "Invalid Marker: %%");
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
  void create_role_once_not_implemented_now_holds_the_trust_policy_to_the_grammar()
      throws Exception {
    // Every IAM action is served now (IamCoverageTest): none is left to answer NotImplemented.
    HttpResponse<String> response =
        post(
            "Action", "CreateRole",
            "RoleName", "r",
            "AssumeRolePolicyDocument", "{}");

    assertError(response, 400, "MalformedPolicyDocument", "Syntax errors in policy.");
  }

  @Test
  void a_request_in_another_account_acts_there() throws Exception {
    post("Action", "CreateUser", "UserName", "alice");

    HttpResponse<String> response =
        postInAccount(OTHER_ACCOUNT, "Action", "GetUser", "UserName", "alice");

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
    String body = post("Action", "ListUsers").body();
    return body.split("<member>", -1).length - 1;
  }
}
