package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.iam.ManagedPoliciesTest.ADMIN_ARN;
import static org.moto4j.iam.ManagedPoliciesTest.READ_S3;
import static org.moto4j.iam.ManagedPoliciesTest.WRITE_S3;
import static org.moto4j.iam.ManagedPoliciesTest.decoded;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.GroupDetail;
import software.amazon.awssdk.services.iam.model.ListPoliciesGrantingServiceAccessEntry;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyGrantingServiceAccess;
import software.amazon.awssdk.services.iam.model.PolicyOwnerEntityType;
import software.amazon.awssdk.services.iam.model.PolicyType;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.UserDetail;

/**
 * {@code GetAccountAuthorizationDetails} and {@code ListPoliciesGrantingServiceAccess} through the
 * real SDK: every identity with its policies, filtered and paged, in one account or two.
 */
class AuthorizationDetailsTest extends IamServerTest {

  private String mine;

  /** alice in group devs; role app in instance profile web; policies of every kind. */
  private void createAccountContents() {
    iam.createUser(r -> r.userName("alice").tags(t -> t.key("team").value("data")));
    iam.createGroup(r -> r.groupName("devs"));
    iam.addUserToGroup(r -> r.groupName("devs").userName("alice"));
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(RolesTest.TRUST));
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));
    iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));
    mine = iam.createPolicy(r -> r.policyName("mine").policyDocument(READ_S3)).policy().arn();
    iam.createPolicyVersion(r -> r.policyArn(mine).policyDocument(WRITE_S3).setAsDefault(true));
    iam.putUserPolicy(r -> r.userName("alice").policyName("inline-user").policyDocument(READ_S3));
    iam.putGroupPolicy(r -> r.groupName("devs").policyName("inline-group").policyDocument(READ_S3));
    iam.putRolePolicy(r -> r.roleName("app").policyName("inline-role").policyDocument(WRITE_S3));
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(mine));
    iam.attachGroupPolicy(r -> r.groupName("devs").policyArn(ADMIN_ARN));
    iam.attachRolePolicy(r -> r.roleName("app").policyArn(mine));
  }

  @Test
  void authorization_details_answer_every_identity_with_its_policies() {
    createAccountContents();

    GetAccountAuthorizationDetailsResponse details = iam.getAccountAuthorizationDetails();

    UserDetail alice = details.userDetailList().get(0);
    assertThat(details.userDetailList()).hasSize(1);
    assertThat(alice.userName()).isEqualTo("alice");
    assertThat(alice.userId()).startsWith("AIDA");
    assertThat(alice.groupList()).containsExactly("devs");
    assertThat(alice.userPolicyList())
        .extracting(PolicyDetail::policyName)
        .containsExactly("inline-user");
    assertThat(decoded(alice.userPolicyList().get(0).policyDocument())).isEqualTo(READ_S3);
    assertThat(alice.attachedManagedPolicies())
        .containsExactly(AttachedPolicy.builder().policyName("mine").policyArn(mine).build());
    assertThat(alice.tags()).hasSize(1);

    GroupDetail devs = details.groupDetailList().get(0);
    assertThat(devs.groupName()).isEqualTo("devs");
    assertThat(devs.groupPolicyList())
        .extracting(PolicyDetail::policyName)
        .containsExactly("inline-group");
    assertThat(devs.attachedManagedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(ADMIN_ARN);

    RoleDetail app = details.roleDetailList().get(0);
    assertThat(app.roleName()).isEqualTo("app");
    assertThat(decoded(app.assumeRolePolicyDocument())).isEqualTo(RolesTest.TRUST);
    assertThat(app.instanceProfileList()).hasSize(1);
    assertThat(app.instanceProfileList().get(0).instanceProfileName()).isEqualTo("web");
    assertThat(app.instanceProfileList().get(0).roles().get(0).roleName()).isEqualTo("app");
    assertThat(app.rolePolicyList())
        .extracting(PolicyDetail::policyName)
        .containsExactly("inline-role");
    assertThat(app.attachedManagedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(mine);

    assertThat(details.policies())
        .extracting(ManagedPolicyDetail::arn)
        .containsExactly(ADMIN_ARN, mine);
    ManagedPolicyDetail policy = details.policies().get(1);
    assertThat(policy.attachmentCount()).isEqualTo(2);
    assertThat(policy.defaultVersionId()).isEqualTo("v2");
    assertThat(policy.policyVersionList())
        .extracting(v -> v.versionId() + ":" + v.isDefaultVersion() + ":" + decoded(v.document()))
        .containsExactly("v1:false:" + READ_S3, "v2:true:" + WRITE_S3);
    assertThat(details.isTruncated()).isFalse();
  }

  @Test
  void authorization_details_keep_the_kinds_the_filter_names() {
    createAccountContents();

    GetAccountAuthorizationDetailsResponse roles =
        iam.getAccountAuthorizationDetails(r -> r.filter(EntityType.ROLE));
    assertThat(roles.roleDetailList()).hasSize(1);
    assertThat(roles.userDetailList()).isEmpty();
    assertThat(roles.groupDetailList()).isEmpty();
    assertThat(roles.policies()).isEmpty();

    assertThat(
            iam.getAccountAuthorizationDetails(r -> r.filter(EntityType.LOCAL_MANAGED_POLICY))
                .policies())
        .extracting(ManagedPolicyDetail::arn)
        .containsExactly(mine);
    assertThat(
            iam.getAccountAuthorizationDetails(r -> r.filter(EntityType.AWS_MANAGED_POLICY))
                .policies())
        .extracting(ManagedPolicyDetail::arn)
        .containsExactly(ADMIN_ARN);
  }

  @Test
  void authorization_details_page_across_kinds_with_max_items() {
    createAccountContents();
    iam.createUser(r -> r.userName("bob"));

    GetAccountAuthorizationDetailsResponse first =
        iam.getAccountAuthorizationDetails(r -> r.maxItems(2));
    assertThat(first.userDetailList())
        .extracting(UserDetail::userName)
        .containsExactly("alice", "bob");
    assertThat(first.isTruncated()).isTrue();

    List<String> names = new ArrayList<>();
    iam.getAccountAuthorizationDetailsPaginator(r -> r.maxItems(1))
        .forEach(
            page -> {
              page.userDetailList().forEach(u -> names.add(u.userName()));
              page.groupDetailList().forEach(g -> names.add(g.groupName()));
              page.roleDetailList().forEach(role -> names.add(role.roleName()));
              page.policies().forEach(p -> names.add(p.policyName()));
            });
    assertThat(names).containsExactly("alice", "bob", "devs", "app", "AdministratorAccess", "mine");
  }

  @Test
  void authorization_details_of_another_account_hold_only_its_own() {
    createAccountContents();
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("carol"));

    GetAccountAuthorizationDetailsResponse theirs = other.getAccountAuthorizationDetails();

    assertThat(theirs.userDetailList()).extracting(UserDetail::userName).containsExactly("carol");
    assertThat(theirs.groupDetailList()).isEmpty();
    assertThat(theirs.roleDetailList()).isEmpty();
    assertThat(theirs.policies()).isEmpty();
  }

  @Test
  void policies_granting_service_access_name_the_managed_and_inline_policies_per_service() {
    createAccountContents();
    String aliceArn = iam.getUser(r -> r.userName("alice")).user().arn();

    List<ListPoliciesGrantingServiceAccessEntry> entries =
        iam.listPoliciesGrantingServiceAccess(r -> r.arn(aliceArn).serviceNamespaces("s3", "ec2"))
            .policiesGrantingServiceAccess();

    assertThat(entries)
        .extracting(ListPoliciesGrantingServiceAccessEntry::serviceNamespace)
        .containsExactly("s3", "ec2");
    assertThat(entries.get(0).policies())
        .containsExactlyInAnyOrder(
            PolicyGrantingServiceAccess.builder()
                .policyName("mine")
                .policyType(PolicyType.MANAGED)
                .policyArn(mine)
                .build(),
            PolicyGrantingServiceAccess.builder()
                .policyName("AdministratorAccess")
                .policyType(PolicyType.MANAGED)
                .policyArn(ADMIN_ARN)
                .build(),
            PolicyGrantingServiceAccess.builder()
                .policyName("inline-user")
                .policyType(PolicyType.INLINE)
                .entityType(PolicyOwnerEntityType.USER)
                .entityName("alice")
                .build(),
            PolicyGrantingServiceAccess.builder()
                .policyName("inline-group")
                .policyType(PolicyType.INLINE)
                .entityType(PolicyOwnerEntityType.GROUP)
                .entityName("devs")
                .build());
    assertThat(entries.get(1).policies())
        .extracting(PolicyGrantingServiceAccess::policyName)
        .containsExactly("AdministratorAccess");

    String roleArn = iam.getRole(r -> r.roleName("app")).role().arn();
    assertThat(
            iam.listPoliciesGrantingServiceAccess(r -> r.arn(roleArn).serviceNamespaces("sqs"))
                .policiesGrantingServiceAccess()
                .get(0)
                .policies())
        .isEmpty();
  }

  @Test
  void policies_granting_service_access_refuse_unknown_entities_and_bad_arns() {
    assertAwsError(
        () ->
            iam.listPoliciesGrantingServiceAccess(
                r -> r.arn("arn:aws:iam::123456789012:user/nobody").serviceNamespaces("s3")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertAwsError(
        () ->
            iam.listPoliciesGrantingServiceAccess(
                r -> r.arn("arn:aws:s3:::some-bucket").serviceNamespaces("s3")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::some-bucket is not valid.");
    iam.createUser(r -> r.userName("alice"));
    String aliceArn = iam.getUser(r -> r.userName("alice")).user().arn();
    assertAwsError(
        () ->
            inAccount(OTHER_ACCOUNT)
                .listPoliciesGrantingServiceAccess(r -> r.arn(aliceArn).serviceNamespaces("s3")),
        400,
        "InvalidInput",
        "ARN " + aliceArn + " is not valid.");
  }
}
