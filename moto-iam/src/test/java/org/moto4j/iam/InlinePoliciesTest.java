package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.iam.ManagedPoliciesTest.READ_S3;
import static org.moto4j.iam.ManagedPoliciesTest.WRITE_S3;
import static org.moto4j.iam.ManagedPoliciesTest.decoded;
import static org.moto4j.iam.ManagedPoliciesTest.policyOfSize;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetGroupPolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetUserPolicyResponse;
import software.amazon.awssdk.services.iam.model.ListUserPoliciesResponse;

/** Inline policies of users, groups and roles through the real SDK, in one account or two. */
class InlinePoliciesTest extends IamServerTest {

  private void createIdentities(IamClient client) {
    client.createUser(r -> r.userName("alice"));
    client.createGroup(r -> r.groupName("devs"));
    client.createRole(r -> r.roleName("app").assumeRolePolicyDocument(RolesTest.TRUST));
  }

  @Test
  void put_then_get_answers_the_document_url_encoded_for_a_user_group_and_role() {
    createIdentities(iam);

    iam.putUserPolicy(r -> r.userName("alice").policyName("read").policyDocument(READ_S3));
    iam.putGroupPolicy(r -> r.groupName("devs").policyName("write").policyDocument(WRITE_S3));
    iam.putRolePolicy(r -> r.roleName("app").policyName("read").policyDocument(READ_S3));

    GetUserPolicyResponse user = iam.getUserPolicy(r -> r.userName("ALICE").policyName("read"));
    assertThat(user.userName()).isEqualTo("alice");
    assertThat(user.policyName()).isEqualTo("read");
    assertThat(user.policyDocument()).startsWith("%7B%22Version%22");
    assertThat(decoded(user.policyDocument())).isEqualTo(READ_S3);
    GetGroupPolicyResponse group = iam.getGroupPolicy(r -> r.groupName("devs").policyName("write"));
    assertThat(group.groupName()).isEqualTo("devs");
    assertThat(decoded(group.policyDocument())).isEqualTo(WRITE_S3);
    GetRolePolicyResponse role = iam.getRolePolicy(r -> r.roleName("app").policyName("read"));
    assertThat(role.roleName()).isEqualTo("app");
    assertThat(decoded(role.policyDocument())).isEqualTo(READ_S3);
  }

  @Test
  void putting_a_policy_of_the_same_name_replaces_it() {
    iam.createUser(r -> r.userName("alice"));
    iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(READ_S3));

    iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(WRITE_S3));

    assertThat(iam.listUserPolicies(r -> r.userName("alice")).policyNames()).containsExactly("p");
    assertThat(
            decoded(iam.getUserPolicy(r -> r.userName("alice").policyName("p")).policyDocument()))
        .isEqualTo(WRITE_S3);
  }

  @Test
  void inline_policy_names_list_in_order_a_page_at_a_time() {
    createIdentities(iam);
    for (String name : List.of("charlie", "alpha", "bravo")) {
      iam.putUserPolicy(r -> r.userName("alice").policyName(name).policyDocument(READ_S3));
      iam.putGroupPolicy(r -> r.groupName("devs").policyName(name).policyDocument(READ_S3));
      iam.putRolePolicy(r -> r.roleName("app").policyName(name).policyDocument(READ_S3));
    }

    ListUserPoliciesResponse first = iam.listUserPolicies(r -> r.userName("alice").maxItems(2));
    assertThat(first.policyNames()).containsExactly("alpha", "bravo");
    assertThat(first.isTruncated()).isTrue();
    assertThat(iam.listUserPoliciesPaginator(r -> r.userName("alice").maxItems(1)).policyNames())
        .containsExactly("alpha", "bravo", "charlie");
    assertThat(iam.listGroupPolicies(r -> r.groupName("devs")).policyNames())
        .containsExactly("alpha", "bravo", "charlie");
    assertThat(iam.listRolePolicies(r -> r.roleName("app")).policyNames())
        .containsExactly("alpha", "bravo", "charlie");
  }

  @Test
  void deleting_an_inline_policy_removes_it_and_an_unknown_one_is_NoSuchEntity() {
    createIdentities(iam);
    iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(READ_S3));
    iam.deleteUserPolicy(r -> r.userName("alice").policyName("p"));

    assertThat(iam.listUserPolicies(r -> r.userName("alice")).policyNames()).isEmpty();
    assertAwsError(
        () -> iam.getUserPolicy(r -> r.userName("alice").policyName("p")),
        404,
        "NoSuchEntity",
        "The user policy with name p cannot be found.");
    assertAwsError(
        () -> iam.deleteUserPolicy(r -> r.userName("alice").policyName("p")),
        404,
        "NoSuchEntity",
        "The user policy with name p cannot be found.");
    assertAwsError(
        () -> iam.getGroupPolicy(r -> r.groupName("devs").policyName("p")),
        404,
        "NoSuchEntity",
        "The group policy with name p cannot be found.");
    assertAwsError(
        () -> iam.deleteGroupPolicy(r -> r.groupName("devs").policyName("p")),
        404,
        "NoSuchEntity",
        "The group policy with name p cannot be found.");
    assertAwsError(
        () -> iam.getRolePolicy(r -> r.roleName("app").policyName("p")),
        404,
        "NoSuchEntity",
        "The role policy with name p cannot be found.");
    assertAwsError(
        () -> iam.deleteRolePolicy(r -> r.roleName("app").policyName("p")),
        404,
        "NoSuchEntity",
        "The role policy with name p cannot be found.");
  }

  @Test
  void an_unknown_user_group_or_role_is_NoSuchEntity() {
    assertAwsError(
        () -> iam.putUserPolicy(r -> r.userName("bob").policyName("p").policyDocument(READ_S3)),
        404,
        "NoSuchEntity",
        "The user with name bob cannot be found.");
    assertAwsError(
        () -> iam.listGroupPolicies(r -> r.groupName("ops")),
        404,
        "NoSuchEntity",
        "The group with name ops cannot be found.");
    assertAwsError(
        () -> iam.getRolePolicy(r -> r.roleName("other").policyName("p")),
        404,
        "NoSuchEntity",
        "The role with name other cannot be found.");
  }

  @Test
  void a_document_that_is_no_policy_is_MalformedPolicyDocument_and_stores_nothing() {
    iam.createUser(r -> r.userName("alice"));

    assertAwsError(
        () -> iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument("{")),
        400,
        "MalformedPolicyDocument",
        "Syntax errors in policy.");
    assertAwsError(
        () ->
            iam.putUserPolicy(
                r ->
                    r.userName("alice")
                        .policyName("p")
                        .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Action\":\"s3:GetObject\"}]}")),
        400,
        "MalformedPolicyDocument",
        "Policy statement must contain resources.");
    assertThat(iam.listUserPolicies(r -> r.userName("alice")).policyNames()).isEmpty();
  }

  @Test
  void the_inline_policies_of_an_entity_together_have_a_size_quota_white_space_aside() {
    createIdentities(iam);
    iam.putUserPolicy(
        r ->
            r.userName("alice")
                .policyName("big")
                .policyDocument(policyOfSize(2048).replace(",", ",\n  ")));

    assertAwsError(
        () ->
            iam.putUserPolicy(r -> r.userName("alice").policyName("more").policyDocument(READ_S3)),
        409,
        "LimitExceeded",
        "Maximum policy size of 2048 bytes exceeded for user alice");
    iam.putUserPolicy(r -> r.userName("alice").policyName("big").policyDocument(READ_S3));
    assertAwsError(
        () ->
            iam.putGroupPolicy(
                r -> r.groupName("devs").policyName("p").policyDocument(policyOfSize(5121))),
        409,
        "LimitExceeded",
        "Maximum policy size of 5120 bytes exceeded for group devs");
    iam.putGroupPolicy(r -> r.groupName("devs").policyName("p").policyDocument(policyOfSize(5120)));
    assertAwsError(
        () ->
            iam.putRolePolicy(
                r -> r.roleName("app").policyName("p").policyDocument(policyOfSize(10241))),
        409,
        "LimitExceeded",
        "Maximum policy size of 10240 bytes exceeded for role app");
    iam.putRolePolicy(r -> r.roleName("app").policyName("p").policyDocument(policyOfSize(10240)));
  }

  @Test
  void an_entity_with_inline_policies_cannot_be_deleted_until_they_are() {
    createIdentities(iam);
    iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(READ_S3));
    iam.putGroupPolicy(r -> r.groupName("devs").policyName("p").policyDocument(READ_S3));
    iam.putRolePolicy(r -> r.roleName("app").policyName("p").policyDocument(READ_S3));
    String message = "Cannot delete entity, must delete policies first.";

    assertAwsError(() -> iam.deleteUser(r -> r.userName("alice")), 409, "DeleteConflict", message);
    assertAwsError(() -> iam.deleteGroup(r -> r.groupName("devs")), 409, "DeleteConflict", message);
    assertAwsError(() -> iam.deleteRole(r -> r.roleName("app")), 409, "DeleteConflict", message);

    iam.deleteUserPolicy(r -> r.userName("alice").policyName("p"));
    iam.deleteGroupPolicy(r -> r.groupName("devs").policyName("p"));
    iam.deleteRolePolicy(r -> r.roleName("app").policyName("p"));
    iam.deleteUser(r -> r.userName("alice"));
    iam.deleteGroup(r -> r.groupName("devs"));
    iam.deleteRole(r -> r.roleName("app"));
  }

  @Test
  void a_recreated_user_does_not_inherit_the_policies_of_its_namesake() {
    iam.createUser(r -> r.userName("alice"));
    iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(READ_S3));
    iam.deleteUserPolicy(r -> r.userName("alice").policyName("p"));
    iam.deleteUser(r -> r.userName("alice"));

    iam.createUser(r -> r.userName("alice"));

    assertThat(iam.listUserPolicies(r -> r.userName("alice")).policyNames()).isEmpty();
  }

  @Test
  void inline_policies_of_one_account_are_invisible_from_another() {
    createIdentities(iam);
    iam.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(READ_S3));
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertAwsError(
        () -> other.getUserPolicy(r -> r.userName("alice").policyName("p")),
        404,
        "NoSuchEntity",
        "The user with name alice cannot be found.");
    other.createUser(r -> r.userName("alice"));
    assertThat(other.listUserPolicies(r -> r.userName("alice")).policyNames()).isEmpty();
    other.putUserPolicy(r -> r.userName("alice").policyName("p").policyDocument(WRITE_S3));
    assertThat(
            decoded(iam.getUserPolicy(r -> r.userName("alice").policyName("p")).policyDocument()))
        .isEqualTo(READ_S3);
  }
}
