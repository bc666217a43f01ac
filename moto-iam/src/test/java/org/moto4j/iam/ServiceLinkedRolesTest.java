package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.iam.RolesTest.TRUST;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeletionTaskStatusType;
import software.amazon.awssdk.services.iam.model.Role;

/** Service-linked roles and their deletion tasks, through the real SDK. */
class ServiceLinkedRolesTest extends IamServerTest {

  private static final String BEANSTALK = "elasticbeanstalk.amazonaws.com";
  private static final String PROTECTED =
      "Cannot perform the operation on the protected role 'AWSServiceRoleForElasticBeanstalk' -"
          + " this role is only modifiable by AWS";

  @Test
  void a_service_linked_role_is_named_and_placed_as_aws_does_and_trusts_only_its_service() {
    Role role =
        iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK).description("for EB")).role();

    assertThat(role.roleName()).isEqualTo("AWSServiceRoleForElasticBeanstalk");
    assertThat(role.path()).isEqualTo("/aws-service-role/elasticbeanstalk.amazonaws.com/");
    assertThat(role.arn())
        .isEqualTo(
            "arn:aws:iam::123456789012:role/aws-service-role/elasticbeanstalk.amazonaws.com/"
                + "AWSServiceRoleForElasticBeanstalk");
    assertThat(role.roleId()).startsWith("AROA");
    assertThat(role.description()).isEqualTo("for EB");
    assertThat(role.maxSessionDuration()).isEqualTo(3600);
    assertThat(RolesTest.decoded(role))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":[\"elasticbeanstalk.amazonaws.com\"]},"
                + "\"Action\":[\"sts:AssumeRole\"]}]}");
    assertThat(iam.getRole(r -> r.roleName("AWSServiceRoleForElasticBeanstalk")).role().arn())
        .isEqualTo(role.arn());
    assertThat(iam.listRoles(r -> r.pathPrefix("/aws-service-role/")).roles())
        .extracting(Role::roleName)
        .containsExactly("AWSServiceRoleForElasticBeanstalk");
  }

  @Test
  void common_services_get_the_names_aws_gives_them() {
    assertThat(iam.createServiceLinkedRole(r -> r.awsServiceName("ecs.amazonaws.com")).role())
        .extracting(Role::roleName)
        .isEqualTo("AWSServiceRoleForECS");
    assertThat(iam.createServiceLinkedRole(r -> r.awsServiceName("rds.amazonaws.com")).role())
        .extracting(Role::roleName)
        .isEqualTo("AWSServiceRoleForRDS");
    assertThat(
            iam.createServiceLinkedRole(r -> r.awsServiceName("autoscaling.amazonaws.com")).role())
        .extracting(Role::roleName)
        .isEqualTo("AWSServiceRoleForAutoScaling");
    assertThat(iam.createServiceLinkedRole(r -> r.awsServiceName("spot.amazonaws.com")).role())
        .extracting(Role::roleName)
        .isEqualTo("AWSServiceRoleForEC2Spot");
    assertThat(
            iam.createServiceLinkedRole(r -> r.awsServiceName("newservice.amazonaws.com")).role())
        .extracting(Role::roleName)
        .isEqualTo("AWSServiceRoleForNewservice");
  }

  @Test
  void a_custom_suffix_is_appended_where_the_service_allows_one() {
    Role role =
        iam.createServiceLinkedRole(
                r -> r.awsServiceName("autoscaling.amazonaws.com").customSuffix("fleet"))
            .role();

    assertThat(role.roleName()).isEqualTo("AWSServiceRoleForAutoScaling_fleet");
    assertAwsError(
        () -> iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK).customSuffix("x")),
        400,
        "InvalidInput",
        "Custom suffix is not allowed for elasticbeanstalk.amazonaws.com");
  }

  @Test
  void a_service_role_name_taken_in_the_account_is_InvalidInput() {
    iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK));

    assertAwsError(
        () -> iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK)),
        400,
        "InvalidInput",
        "Service role name AWSServiceRoleForElasticBeanstalk has been taken in this account,"
            + " please try a different suffix.");
  }

  @Test
  void only_aws_may_delete_or_change_a_service_linked_role_but_its_description_may_change() {
    iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK));
    String name = "AWSServiceRoleForElasticBeanstalk";

    assertAwsError(
        () -> iam.deleteRole(r -> r.roleName(name)), 400, "UnmodifiableEntity", PROTECTED);
    assertAwsError(
        () -> iam.updateAssumeRolePolicy(r -> r.roleName(name).policyDocument(TRUST)),
        400,
        "UnmodifiableEntity",
        PROTECTED);
    assertAwsError(
        () -> iam.updateRole(r -> r.roleName(name).maxSessionDuration(7200)),
        400,
        "UnmodifiableEntity",
        name + " is an AWS service linked role, max session duration cannot be changed.");
    assertAwsError(
        () ->
            iam.putRolePermissionsBoundary(
                r ->
                    r.roleName(name)
                        .permissionsBoundary("arn:aws:iam::aws:policy/PowerUserAccess")),
        400,
        "UnmodifiableEntity",
        PROTECTED);
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));
    assertAwsError(
        () -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName(name)),
        400,
        "UnmodifiableEntity",
        PROTECTED);

    iam.updateRoleDescription(r -> r.roleName(name).description("mine"));
    assertThat(iam.getRole(r -> r.roleName(name)).role().description()).isEqualTo("mine");
  }

  @Test
  void deleting_a_service_linked_role_answers_a_task_that_has_succeeded() {
    iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK));

    String taskId =
        iam.deleteServiceLinkedRole(r -> r.roleName("AWSServiceRoleForElasticBeanstalk"))
            .deletionTaskId();

    assertThat(taskId)
        .startsWith(
            "task/aws-service-role/elasticbeanstalk.amazonaws.com/"
                + "AWSServiceRoleForElasticBeanstalk/");
    var status = iam.getServiceLinkedRoleDeletionStatus(r -> r.deletionTaskId(taskId));
    assertThat(status.status()).isEqualTo(DeletionTaskStatusType.SUCCEEDED);
    assertThat(status.reason()).isNull();
    assertThat(iam.listRoles().roles()).isEmpty();
    iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK));
  }

  @Test
  void deleting_an_unknown_or_ordinary_role_as_service_linked_is_NoSuchEntity() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    assertAwsError(
        () -> iam.deleteServiceLinkedRole(r -> r.roleName("nobody")),
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.");
    assertAwsError(
        () -> iam.deleteServiceLinkedRole(r -> r.roleName("app")),
        404,
        "NoSuchEntity",
        "The role with name app cannot be found.");
    assertThat(iam.getRole(r -> r.roleName("app")).role().roleName()).isEqualTo("app");
  }

  @Test
  void an_unknown_deletion_task_is_NoSuchEntity() {
    assertAwsError(
        () -> iam.getServiceLinkedRoleDeletionStatus(r -> r.deletionTaskId("task/unknown")),
        404,
        "NoSuchEntity",
        "Deletion task task/unknown cannot be found.");
  }

  @Test
  void service_linked_roles_and_their_tasks_belong_to_their_account() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    Role theirs = other.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK)).role();
    Role mine = iam.createServiceLinkedRole(r -> r.awsServiceName(BEANSTALK)).role();

    assertThat(theirs.arn()).startsWith("arn:aws:iam::111111111111:role/aws-service-role/");
    assertThat(mine.arn()).startsWith("arn:aws:iam::123456789012:role/aws-service-role/");
    String taskId =
        other
            .deleteServiceLinkedRole(r -> r.roleName("AWSServiceRoleForElasticBeanstalk"))
            .deletionTaskId();

    assertAwsError(
        () -> iam.getServiceLinkedRoleDeletionStatus(r -> r.deletionTaskId(taskId)),
        404,
        "NoSuchEntity",
        "Deletion task " + taskId + " cannot be found.");
    assertThat(iam.getRole(r -> r.roleName("AWSServiceRoleForElasticBeanstalk")).role().roleId())
        .isEqualTo(mine.roleId());
  }
}
