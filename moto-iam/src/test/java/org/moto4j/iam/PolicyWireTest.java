package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Policies on the wire, over plain HTTP: element names and order, encoded documents, errors. */
class PolicyWireTest extends IamWireTestBase {

  @Test
  void create_policy_answers_the_models_policy_members_in_order() throws Exception {
    HttpResponse<String> response =
        post(
            "Action",
            "CreatePolicy",
            "PolicyName",
            "read-s3",
            "Path",
            "/app/",
            "Description",
            "reads objects",
            "PolicyDocument",
            ManagedPoliciesTest.READ_S3,
            "Tags.member.1.Key",
            "team",
            "Tags.member.1.Value",
            "data");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(normalised(response)).isEqualTo(golden("create-policy.xml"));
  }

  @Test
  void inline_documents_are_answered_url_encoded_byte_by_byte_as_rfc_3986_has_it()
      throws Exception {
    post("Action", "CreateUser", "UserName", "alice");
    String document =
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
            + " \"s3:Get*\", \"Resource\": \"arn:aws:s3:::bé/*\"}]}";
    assertThat(
            post(
                    "Action",
                    "PutUserPolicy",
                    "UserName",
                    "alice",
                    "PolicyName",
                    "read",
                    "PolicyDocument",
                    document)
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> response =
        post("Action", "GetUserPolicy", "UserName", "alice", "PolicyName", "read");

    assertThat(normalised(response)).isEqualTo(golden("get-user-policy.xml"));
  }

  @Test
  void list_entities_for_policy_answers_groups_users_and_roles_lists_even_empty() throws Exception {
    String arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    post("Action", "CreateUser", "UserName", "alice");
    post("Action", "CreateGroup", "GroupName", "devs");
    post("Action", "AttachUserPolicy", "UserName", "alice", "PolicyArn", arn);
    post("Action", "AttachGroupPolicy", "GroupName", "devs", "PolicyArn", arn);

    HttpResponse<String> response = post("Action", "ListEntitiesForPolicy", "PolicyArn", arn);

    assertThat(normalised(response)).isEqualTo(golden("list-entities-for-policy.xml"));
  }

  @Test
  void a_malformed_document_is_a_400_MalformedPolicyDocument_sender_error() throws Exception {
    HttpResponse<String> response =
        post("Action", "CreatePolicy", "PolicyName", "p", "PolicyDocument", "[]");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Type>Sender</Type><Code>MalformedPolicyDocument</Code>")
        .contains("<Message>");
  }

  @Test
  void a_document_beyond_latin_1_breaks_the_models_pattern() throws Exception {
    post("Action", "CreateUser", "UserName", "alice");
    String document = "{\"Statement\":\"\u20ac\"}";

    HttpResponse<String> response =
        post(
            "Action",
            "PutUserPolicy",
            "UserName",
            "alice",
            "PolicyName",
            "p",
            "PolicyDocument",
            document);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>ValidationError</Code>")
        .contains(
            "at 'policyDocument' failed to satisfy constraint: Member must satisfy regular"
                + " expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  }
}
