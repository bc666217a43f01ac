package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.iam.ManagedPoliciesTest.ADMIN_ARN;
import static org.moto4j.iam.ManagedPoliciesTest.READ_S3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListEntitiesForPolicyResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyGroup;
import software.amazon.awssdk.services.iam.model.PolicyRole;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyUsageType;
import software.amazon.awssdk.services.iam.model.PolicyUser;

/**
 * Attaching managed policies to users, groups and roles through the real SDK: counts, quotas,
 * conflicts on delete, {@code ListEntitiesForPolicy}, in one account or two.
 */
class PolicyAttachmentsTest extends IamServerTest {

  static final String S3_READ_ONLY = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";
  static final String LAMBDA_BASIC =
      "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

  private String createPolicy(IamClient client, String name, String path) {
    return client
        .createPolicy(r -> r.policyName(name).path(path).policyDocument(READ_S3))
        .policy()
        .arn();
  }

  private void createIdentities(IamClient client) {
    client.createUser(r -> r.userName("alice"));
    client.createGroup(r -> r.groupName("devs"));
    client.createRole(r -> r.roleName("app").assumeRolePolicyDocument(RolesTest.TRUST));
  }

  @Test
  void attaching_to_a_user_group_and_role_lists_the_policy_and_counts_the_attachments() {
    createIdentities(iam);
    String mine = createPolicy(iam, "mine", "/team/");

    iam.attachUserPolicy(r -> r.userName("alice").policyArn(mine));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(mine));
    iam.attachRolePolicy(r -> r.roleName("app").policyArn(LAMBDA_BASIC));

    assertThat(iam.listAttachedUserPolicies(r -> r.userName("alice")).attachedPolicies())
        .containsExactly(
            AttachedPolicy.builder().policyName("mine").policyArn(mine).build(),
            AttachedPolicy.builder()
                .policyName("AdministratorAccess")
                .policyArn(ADMIN_ARN)
                .build());
    assertThat(iam.listAttachedGroupPolicies(r -> r.groupName("devs")).attachedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(mine);
    assertThat(iam.listAttachedRolePolicies(r -> r.roleName("app")).attachedPolicies())
        .extracting(AttachedPolicy::policyName)
        .containsExactly("AWSLambdaBasicExecutionRole");
    assertThat(iam.getPolicy(r -> r.policyArn(mine)).policy().attachmentCount()).isEqualTo(2);
    assertThat(iam.getPolicy(r -> r.policyArn(ADMIN_ARN)).policy().attachmentCount()).isEqualTo(1);
  }

  @Test
  void attached_policies_list_under_a_path_prefix_a_page_at_a_time() {
    iam.createUser(r -> r.userName("alice"));
    String team = createPolicy(iam, "team-policy", "/team/");
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(team));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(LAMBDA_BASIC));

    assertThat(
            iam.listAttachedUserPolicies(r -> r.userName("alice").pathPrefix("/team/"))
                .attachedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(team);
    var first = iam.listAttachedUserPolicies(r -> r.userName("alice").maxItems(2));
    assertThat(first.attachedPolicies()).hasSize(2);
    assertThat(first.isTruncated()).isTrue();
    assertThat(
            iam.listAttachedUserPoliciesPaginator(r -> r.userName("alice").maxItems(1))
                .attachedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(team, ADMIN_ARN, LAMBDA_BASIC);
  }

  @Test
  void concurrent_attachments_never_pass_the_quota_of_ten() throws Exception {
    iam.createUser(r -> r.userName("alice"));
    List<String> policies =
        IntStream.range(0, 16).mapToObj(i -> createPolicy(iam, "p" + i, "/")).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (String arn : policies) {
        results.add(
            pool.submit(
                () -> {
                  try {
                    iam.attachUserPolicy(r -> r.userName("alice").policyArn(arn));
                    return true;
                  } catch (LimitExceededException e) {
                    return false;
                  }
                }));
      }
      long attached = 0;
      for (Future<Boolean> result : results) {
        attached += result.get() ? 1 : 0;
      }
      assertThat(attached).isEqualTo(10);
    } finally {
      pool.shutdown();
    }
    assertThat(iam.listAttachedUserPolicies(r -> r.userName("alice")).attachedPolicies())
        .hasSize(10);
    assertThat(iam.listPolicies(r -> r.onlyAttached(true)).policies()).hasSize(10);
  }

  @Test
  void attaching_twice_changes_nothing_and_detaching_removes_it() {
    iam.createUser(r -> r.userName("alice"));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));

    assertThat(iam.listAttachedUserPolicies(r -> r.userName("alice")).attachedPolicies())
        .hasSize(1);
    iam.detachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    assertThat(iam.listAttachedUserPolicies(r -> r.userName("alice")).attachedPolicies()).isEmpty();
    assertThat(iam.getPolicy(r -> r.policyArn(ADMIN_ARN)).policy().attachmentCount()).isZero();
  }

  @Test
  void attaching_an_unknown_policy_or_to_an_unknown_entity_is_NoSuchEntity() {
    createIdentities(iam);
    String missing = "arn:aws:iam::123456789012:policy/missing";
    String notAttachable = "Policy " + missing + " does not exist or is not attachable.";

    assertAwsError(
        () -> iam.attachUserPolicy(r -> r.userName("alice").policyArn(missing)),
        404,
        "NoSuchEntity",
        notAttachable);
    assertAwsError(
        () -> iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(missing)),
        404,
        "NoSuchEntity",
        notAttachable);
    assertAwsError(
        () -> iam.attachRolePolicy(r -> r.roleName("app").policyArn(missing)),
        404,
        "NoSuchEntity",
        notAttachable);
    assertAwsError(
        () -> iam.attachUserPolicy(r -> r.userName("bob").policyArn(ADMIN_ARN)),
        404,
        "NoSuchEntity",
        "The user with name bob cannot be found.");
    assertAwsError(
        () -> iam.attachGroupPolicy(r -> r.groupName("ops").policyArn(ADMIN_ARN)),
        404,
        "NoSuchEntity",
        "The group with name ops cannot be found.");
    assertAwsError(
        () -> iam.attachRolePolicy(r -> r.roleName("other").policyArn(ADMIN_ARN)),
        404,
        "NoSuchEntity",
        "The role with name other cannot be found.");
    assertAwsError(
        () -> iam.listAttachedRolePolicies(r -> r.roleName("other")),
        404,
        "NoSuchEntity",
        "The role with name other cannot be found.");
    assertAwsError(
        () -> iam.attachUserPolicy(r -> r.userName("alice").policyArn("arn:aws:s3:::bucket/x")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::bucket/x is not valid.");
  }

  @Test
  void detaching_a_policy_that_is_not_attached_is_NoSuchEntity() {
    createIdentities(iam);
    String message = "Policy " + ADMIN_ARN + " was not found.";

    assertAwsError(
        () -> iam.detachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.detachGroupPolicy(r -> r.groupName("devs").policyArn(ADMIN_ARN)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.detachRolePolicy(r -> r.roleName("app").policyArn(ADMIN_ARN)),
        404,
        "NoSuchEntity",
        message);
  }

  @Test
  void an_entity_has_at_most_ten_managed_policies_attached() {
    createIdentities(iam);
    List<String> policies =
        IntStream.range(0, 11).mapToObj(i -> createPolicy(iam, "p" + i, "/")).toList();
    for (String arn : policies.subList(0, 10)) {
      iam.attachUserPolicy(r -> r.userName("alice").policyArn(arn));
      iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(arn));
      iam.attachRolePolicy(r -> r.roleName("app").policyArn(arn));
    }
    String eleventh = policies.get(10);

    assertAwsError(
        () -> iam.attachUserPolicy(r -> r.userName("alice").policyArn(eleventh)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for PoliciesPerUser: 10");
    assertAwsError(
        () -> iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(eleventh)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for PoliciesPerGroup: 10");
    assertAwsError(
        () -> iam.attachRolePolicy(r -> r.roleName("app").policyArn(eleventh)),
        409,
        "LimitExceeded",
        "Cannot exceed quota for PoliciesPerRole: 10");
  }

  @Test
  void a_user_group_or_role_with_attached_policies_cannot_be_deleted_until_detached() {
    createIdentities(iam);
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(ADMIN_ARN));
    iam.attachRolePolicy(r -> r.roleName("app").policyArn(ADMIN_ARN));
    String message = "Cannot delete entity, must detach all policies first.";

    assertAwsError(() -> iam.deleteUser(r -> r.userName("alice")), 409, "DeleteConflict", message);
    assertAwsError(() -> iam.deleteGroup(r -> r.groupName("devs")), 409, "DeleteConflict", message);
    assertAwsError(() -> iam.deleteRole(r -> r.roleName("app")), 409, "DeleteConflict", message);

    iam.detachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    iam.detachGroupPolicy(r -> r.groupName("devs").policyArn(ADMIN_ARN));
    iam.detachRolePolicy(r -> r.roleName("app").policyArn(ADMIN_ARN));
    iam.deleteUser(r -> r.userName("alice"));
    iam.deleteGroup(r -> r.groupName("devs"));
    iam.deleteRole(r -> r.roleName("app"));
  }

  @Test
  void a_policy_still_attached_cannot_be_deleted() {
    iam.createUser(r -> r.userName("alice"));
    String arn = createPolicy(iam, "p", "/");
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(arn));

    assertAwsError(
        () -> iam.deletePolicy(r -> r.policyArn(arn)),
        409,
        "DeleteConflict",
        "Cannot delete a policy attached to entities.");

    iam.detachUserPolicy(r -> r.userName("alice").policyArn(arn));
    iam.deletePolicy(r -> r.policyArn(arn));
  }

  @Test
  void attachments_follow_a_renamed_user_and_group() {
    iam.createUser(r -> r.userName("alice"));
    iam.createGroup(r -> r.groupName("devs"));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(ADMIN_ARN));

    iam.updateUser(r -> r.userName("alice").newUserName("alicia"));
    iam.updateGroup(r -> r.groupName("devs").newGroupName("developers"));

    assertThat(iam.listAttachedUserPolicies(r -> r.userName("alicia")).attachedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(ADMIN_ARN);
    ListEntitiesForPolicyResponse entities = iam.listEntitiesForPolicy(r -> r.policyArn(ADMIN_ARN));
    assertThat(entities.policyUsers()).extracting(PolicyUser::userName).containsExactly("alicia");
    assertThat(entities.policyGroups())
        .extracting(PolicyGroup::groupName)
        .containsExactly("developers");
  }

  @Test
  void list_entities_for_policy_answers_its_groups_users_and_roles_filtered_and_paged() {
    createIdentities(iam);
    iam.createUser(r -> r.userName("bob").path("/ops/"));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(S3_READ_ONLY));
    iam.attachUserPolicy(r -> r.userName("bob").policyArn(S3_READ_ONLY));
    iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(S3_READ_ONLY));
    iam.attachRolePolicy(r -> r.roleName("app").policyArn(S3_READ_ONLY));

    ListEntitiesForPolicyResponse all = iam.listEntitiesForPolicy(r -> r.policyArn(S3_READ_ONLY));
    String aliceId = iam.getUser(r -> r.userName("alice")).user().userId();
    assertThat(all.policyUsers())
        .containsExactly(
            PolicyUser.builder().userName("alice").userId(aliceId).build(),
            PolicyUser.builder()
                .userName("bob")
                .userId(iam.getUser(r -> r.userName("bob")).user().userId())
                .build());
    assertThat(all.policyGroups()).extracting(PolicyGroup::groupName).containsExactly("devs");
    assertThat(all.policyRoles()).extracting(PolicyRole::roleName).containsExactly("app");
    assertThat(all.policyRoles().get(0).roleId()).startsWith("AROA");
    assertThat(all.isTruncated()).isFalse();

    ListEntitiesForPolicyResponse users =
        iam.listEntitiesForPolicy(r -> r.policyArn(S3_READ_ONLY).entityFilter(EntityType.USER));
    assertThat(users.policyUsers()).hasSize(2);
    assertThat(users.policyGroups()).isEmpty();
    assertThat(users.policyRoles()).isEmpty();
    assertThat(
            iam.listEntitiesForPolicy(r -> r.policyArn(S3_READ_ONLY).pathPrefix("/ops/"))
                .policyUsers())
        .extracting(PolicyUser::userName)
        .containsExactly("bob");

    ListEntitiesForPolicyResponse page =
        iam.listEntitiesForPolicy(r -> r.policyArn(S3_READ_ONLY).maxItems(2));
    assertThat(page.isTruncated()).isTrue();
    assertThat(page.policyGroups()).hasSize(1);
    assertThat(page.policyUsers()).hasSize(1);
    ListEntitiesForPolicyResponse rest =
        iam.listEntitiesForPolicy(r -> r.policyArn(S3_READ_ONLY).marker(page.marker()));
    assertThat(rest.policyUsers()).extracting(PolicyUser::userName).containsExactly("bob");
    assertThat(rest.policyRoles()).extracting(PolicyRole::roleName).containsExactly("app");
  }

  @Test
  void list_entities_for_policy_tells_permissions_policies_from_boundaries() {
    iam.createUser(r -> r.userName("alice").permissionsBoundary(S3_READ_ONLY));
    iam.createUser(r -> r.userName("bob"));
    iam.attachUserPolicy(r -> r.userName("bob").policyArn(S3_READ_ONLY));

    assertThat(
            iam.listEntitiesForPolicy(
                    r ->
                        r.policyArn(S3_READ_ONLY)
                            .policyUsageFilter(PolicyUsageType.PERMISSIONS_BOUNDARY))
                .policyUsers())
        .extracting(PolicyUser::userName)
        .containsExactly("alice");
    assertThat(
            iam.listEntitiesForPolicy(
                    r ->
                        r.policyArn(S3_READ_ONLY)
                            .policyUsageFilter(PolicyUsageType.PERMISSIONS_POLICY))
                .policyUsers())
        .extracting(PolicyUser::userName)
        .containsExactly("bob");
    Policy policy = iam.getPolicy(r -> r.policyArn(S3_READ_ONLY)).policy();
    assertThat(policy.attachmentCount()).isEqualTo(1);
    assertThat(policy.permissionsBoundaryUsageCount()).isEqualTo(1);
    assertAwsError(
        () -> iam.listEntitiesForPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/Nope")),
        404,
        "NoSuchEntity",
        "Policy arn:aws:iam::aws:policy/Nope was not found.");
  }

  @Test
  void list_policies_only_attached_keeps_the_policies_in_use() {
    iam.createUser(r -> r.userName("alice"));
    String used = createPolicy(iam, "used", "/");
    createPolicy(iam, "unused", "/");
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(used));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));

    assertThat(iam.listPolicies(r -> r.onlyAttached(true)).policies())
        .extracting(Policy::arn)
        .containsExactly(ADMIN_ARN, used);
    assertThat(iam.listPolicies(r -> r.onlyAttached(true).scope(PolicyScopeType.LOCAL)).policies())
        .extracting(Policy::policyName, Policy::attachmentCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("used", 1));
  }

  @Test
  void a_service_linked_role_is_unmodifiable() {
    String name =
        iam.createServiceLinkedRole(r -> r.awsServiceName("elasticbeanstalk.amazonaws.com"))
            .role()
            .roleName();

    assertAwsError(
        () -> iam.attachRolePolicy(r -> r.roleName(name).policyArn(ADMIN_ARN)),
        400,
        "UnmodifiableEntity",
        "Cannot perform the operation on the protected role '"
            + name
            + "' - this role is only modifiable by AWS");
  }

  @Test
  void aws_managed_policy_attachment_counts_are_per_account() {
    iam.createUser(r -> r.userName("alice"));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(ADMIN_ARN));
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertThat(other.getPolicy(r -> r.policyArn(ADMIN_ARN)).policy().attachmentCount()).isZero();
    assertThat(other.listEntitiesForPolicy(r -> r.policyArn(ADMIN_ARN)).policyUsers()).isEmpty();
    other.createUser(r -> r.userName("alice"));
    assertThat(other.listAttachedUserPolicies(r -> r.userName("alice")).attachedPolicies())
        .isEmpty();
    String mine = createPolicy(iam, "mine", "/");
    assertAwsError(
        () -> other.attachUserPolicy(r -> r.userName("alice").policyArn(mine)),
        404,
        "NoSuchEntity",
        "Policy " + mine + " does not exist or is not attachable.");
  }
}
