package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Roles, groups and instance profiles on the wire: element order, encodings, empty elements. */
class RolesWireTest extends IamWireTestBase {

  private static final String TRUST =
      "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
          + " {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";

  @Test
  void get_role_answers_the_models_members_in_order_with_an_empty_role_last_used()
      throws Exception {
    post(
        "Action",
        "CreateRole",
        "RoleName",
        "app",
        "AssumeRolePolicyDocument",
        TRUST,
        "Description",
        "d",
        "Tags.member.1.Key",
        "k",
        "Tags.member.1.Value",
        "v");

    HttpResponse<String> response = post("Action", "GetRole", "RoleName", "app");

    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .containsSubsequence(
            "<GetRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">",
            "<GetRoleResult><Role>",
            "<Path>/</Path>",
            "<RoleName>app</RoleName>",
            "<RoleId>AROA",
            "<Arn>arn:aws:iam::123456789012:role/app</Arn>",
            "<CreateDate>",
            "<AssumeRolePolicyDocument>%7B%22Version%22%3A%20%222012-10-17%22%2C%20",
            "</AssumeRolePolicyDocument>",
            "<Description>d</Description>",
            "<MaxSessionDuration>3600</MaxSessionDuration>",
            "<Tags><member><Key>k</Key><Value>v</Value></member></Tags>",
            "<RoleLastUsed",
            "</Role></GetRoleResult>",
            "<ResponseMetadata><RequestId>");
    assertThat(body).containsPattern("<RoleLastUsed(/>|></RoleLastUsed>)");
    assertThat(body).doesNotContain("LastUsedDate").doesNotContain("PermissionsBoundary");
  }

  @Test
  void a_trust_policy_comes_back_percent_encoded_byte_for_byte() throws Exception {
    post("Action", "CreateRole", "RoleName", "app", "AssumeRolePolicyDocument", TRUST);

    String body = post("Action", "GetRole", "RoleName", "app").body();

    String encoded =
        body.substring(
            body.indexOf("<AssumeRolePolicyDocument>") + "<AssumeRolePolicyDocument>".length(),
            body.indexOf("</AssumeRolePolicyDocument>"));
    assertThat(encoded).doesNotContain("+").doesNotContain(" ").doesNotContain("*");
    assertThat(java.net.URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(TRUST);
  }

  @Test
  void operations_without_output_answer_only_response_metadata() throws Exception {
    post("Action", "CreateGroup", "GroupName", "devs");

    HttpResponse<String> response = post("Action", "DeleteGroup", "GroupName", "devs");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<DeleteGroupResponse")
        .doesNotContain("DeleteGroupResult");
  }

  @Test
  void a_missing_role_name_and_a_bad_session_duration_are_one_ValidationError() throws Exception {
    HttpResponse<String> response =
        post("Action", "CreateRole", "AssumeRolePolicyDocument", TRUST, "MaxSessionDuration", "12");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>ValidationError</Code>")
        .contains(
            "<Message>2 validation errors detected: Value null at 'roleName' failed to satisfy"
                + " constraint: Member must not be null; Value '12' at 'maxSessionDuration'"
                + " failed to satisfy constraint: Member must have value greater than or equal"
                + " to 3600</Message>");
  }

  @Test
  void get_instance_profile_answers_an_empty_tags_element_and_the_roles_trust_policy()
      throws Exception {
    post("Action", "CreateInstanceProfile", "InstanceProfileName", "web");
    post("Action", "CreateRole", "RoleName", "app", "AssumeRolePolicyDocument", TRUST);
    post("Action", "AddRoleToInstanceProfile", "InstanceProfileName", "web", "RoleName", "app");

    String body = post("Action", "GetInstanceProfile", "InstanceProfileName", "web").body();

    assertThat(body)
        .containsSubsequence(
            "<InstanceProfile>",
            "<Path>/</Path>",
            "<InstanceProfileName>web</InstanceProfileName>",
            "<InstanceProfileId>AIPA",
            "<Arn>arn:aws:iam::123456789012:instance-profile/web</Arn>",
            "<CreateDate>",
            "<Roles><member>",
            "<RoleName>app</RoleName>",
            "<AssumeRolePolicyDocument>",
            "</member></Roles>",
            "<Tags",
            "</InstanceProfile>");
    assertThat(body).doesNotContain("MaxSessionDuration");
  }

  @Test
  void a_role_in_another_account_is_not_found_on_the_wire() throws Exception {
    post("Action", "CreateRole", "RoleName", "app", "AssumeRolePolicyDocument", TRUST);

    HttpResponse<String> response =
        postInAccount(OTHER_ACCOUNT, "Action", "GetRole", "RoleName", "app");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains("<Code>NoSuchEntity</Code>")
        .contains("<Message>The role with name app cannot be found.</Message>");
  }
}
