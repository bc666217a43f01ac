package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.iam.RolesTest.TRUST;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.PermissionsBoundaryAttachmentType;

/** Permissions boundaries on users and roles, through the real SDK. */
class PermissionsBoundariesTest extends IamServerTest {

  private static final String POWER_USER = "arn:aws:iam::aws:policy/PowerUserAccess";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  @Test
  void a_role_boundary_is_put_replaced_and_deleted() {
    iam.createRole(
        r -> r.roleName("app").assumeRolePolicyDocument(TRUST).permissionsBoundary(POWER_USER));
    assertThat(roleBoundary().permissionsBoundaryArn()).isEqualTo(POWER_USER);
    assertThat(roleBoundary().permissionsBoundaryType())
        .isEqualTo(PermissionsBoundaryAttachmentType.PERMISSIONS_BOUNDARY_POLICY);

    iam.putRolePermissionsBoundary(r -> r.roleName("app").permissionsBoundary(READ_ONLY));
    assertThat(roleBoundary().permissionsBoundaryArn()).isEqualTo(READ_ONLY);

    iam.deleteRolePermissionsBoundary(r -> r.roleName("app"));
    assertThat(roleBoundary()).isNull();
    iam.deleteRolePermissionsBoundary(r -> r.roleName("app"));
  }

  @Test
  void a_user_boundary_is_put_replaced_and_deleted() {
    iam.createUser(r -> r.userName("alice"));

    iam.putUserPermissionsBoundary(r -> r.userName("alice").permissionsBoundary(POWER_USER));
    assertThat(userBoundary().permissionsBoundaryArn()).isEqualTo(POWER_USER);
    iam.putUserPermissionsBoundary(r -> r.userName("alice").permissionsBoundary(READ_ONLY));
    assertThat(userBoundary().permissionsBoundaryArn()).isEqualTo(READ_ONLY);

    iam.deleteUserPermissionsBoundary(r -> r.userName("alice"));
    assertThat(userBoundary()).isNull();
  }

  @Test
  void a_boundary_that_is_no_policy_arn_is_InvalidInput_and_changes_nothing() {
    iam.createUser(r -> r.userName("alice"));
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    assertAwsError(
        () ->
            iam.putUserPermissionsBoundary(
                r -> r.userName("alice").permissionsBoundary("arn:aws:s3:::some-bucket")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::some-bucket is not valid.");
    assertAwsError(
        () ->
            iam.putRolePermissionsBoundary(
                r -> r.roleName("app").permissionsBoundary("arn:aws:s3:::some-bucket")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::some-bucket is not valid.");
    assertAwsError(
        () ->
            iam.createRole(
                r ->
                    r.roleName("other")
                        .assumeRolePolicyDocument(TRUST)
                        .permissionsBoundary("arn:aws:s3:::some-bucket")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::some-bucket is not valid.");
    assertThat(userBoundary()).isNull();
    assertThat(roleBoundary()).isNull();
  }

  @Test
  void a_boundary_policy_that_does_not_exist_is_NoSuchEntity_and_changes_nothing() {
    String missing = "arn:aws:iam::123456789012:policy/missing";
    String message = "Scope ARN: " + missing + " does not exist or is not attachable.";
    iam.createUser(r -> r.userName("alice"));
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    assertAwsError(
        () -> iam.putUserPermissionsBoundary(r -> r.userName("alice").permissionsBoundary(missing)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.putRolePermissionsBoundary(r -> r.roleName("app").permissionsBoundary(missing)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () ->
            iam.createRole(
                r ->
                    r.roleName("other")
                        .assumeRolePolicyDocument(TRUST)
                        .permissionsBoundary(missing)),
        404,
        "NoSuchEntity",
        message);
    assertThat(userBoundary()).isNull();
    assertThat(roleBoundary()).isNull();
    assertThat(iam.listRoles().roles()).hasSize(1);
  }

  @Test
  void a_policy_of_the_account_may_be_a_boundary() {
    String arn =
        iam.createPolicy(
                r ->
                    r.policyName("limit")
                        .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"))
            .policy()
            .arn();
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    iam.putRolePermissionsBoundary(r -> r.roleName("app").permissionsBoundary(arn));

    assertThat(roleBoundary().permissionsBoundaryArn()).isEqualTo(arn);
  }

  @Test
  void boundaries_of_unknown_users_and_roles_are_NoSuchEntity() {
    assertAwsError(
        () ->
            iam.putUserPermissionsBoundary(
                r -> r.userName("nobody").permissionsBoundary(POWER_USER)),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertAwsError(
        () -> iam.deleteUserPermissionsBoundary(r -> r.userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertAwsError(
        () ->
            iam.putRolePermissionsBoundary(
                r -> r.roleName("nobody").permissionsBoundary(POWER_USER)),
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.");
    assertAwsError(
        () -> iam.deleteRolePermissionsBoundary(r -> r.roleName("nobody")),
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.");
  }

  @Test
  void a_boundary_set_in_one_account_is_not_seen_in_another() {
    iam.createUser(r -> r.userName("alice"));
    inAccount(OTHER_ACCOUNT).createUser(r -> r.userName("alice"));

    inAccount(OTHER_ACCOUNT)
        .putUserPermissionsBoundary(r -> r.userName("alice").permissionsBoundary(POWER_USER));

    assertThat(userBoundary()).isNull();
    assertThat(
            inAccount(OTHER_ACCOUNT)
                .getUser(r -> r.userName("alice"))
                .user()
                .permissionsBoundary()
                .permissionsBoundaryArn())
        .isEqualTo(POWER_USER);
  }

  private AttachedPermissionsBoundary roleBoundary() {
    return iam.getRole(r -> r.roleName("app")).role().permissionsBoundary();
  }

  private AttachedPermissionsBoundary userBoundary() {
    return iam.getUser(r -> r.userName("alice")).user().permissionsBoundary();
  }
}
