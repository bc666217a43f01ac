package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetHumanReadableSummaryResponse;
import software.amazon.awssdk.services.iam.model.SummaryStateType;

/**
 * Organizations' centralized root access, organizations access reports and delegation requests:
 * what AWS answers a standalone account, and a caller no partner onboarding covers.
 */
class OrganizationsTest extends IamServerTest {

  private static final String NO_ORGANIZATION =
      "The request was rejected because no organization is associated with your account.";

  private static void assertNoOrganization(ThrowingCallable call) {
    assertAwsError(call, 400, "OrganizationNotFoundException", NO_ORGANIZATION);
  }

  @Test
  void centralized_root_access_needs_an_organization() {
    assertNoOrganization(() -> iam.listOrganizationsFeatures(r -> {}));
    assertNoOrganization(() -> iam.enableOrganizationsRootCredentialsManagement(r -> {}));
    assertNoOrganization(() -> iam.disableOrganizationsRootCredentialsManagement(r -> {}));
    assertNoOrganization(() -> iam.enableOrganizationsRootSessions(r -> {}));
    assertNoOrganization(() -> iam.disableOrganizationsRootSessions(r -> {}));
    assertNoOrganization(() -> inAccount(OTHER_ACCOUNT).listOrganizationsFeatures(r -> {}));
  }

  @Test
  void an_organizations_access_report_needs_an_organization() {
    assertNoOrganization(
        () ->
            iam.generateOrganizationsAccessReport(
                r -> r.entityPath("o-a1b2c3d4e5/r-f6g7h8i9j0example")));
    assertAwsError(
        () -> iam.generateOrganizationsAccessReport(r -> r.entityPath("not-an-organization-path")),
        400,
        "ValidationError",
        "1 validation error detected: Value 'not-an-organization-path' at 'entityPath' failed to"
            + " satisfy constraint: Member must satisfy regular expression pattern:"
            + " ^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*");
    String jobId = "11111111-2222-3333-4444-555555555555";
    assertAwsError(
        () -> iam.getOrganizationsAccessReport(r -> r.jobId(jobId)),
        404,
        "NoSuchEntity",
        "The job with id " + jobId + " cannot be found.");
  }

  @Test
  void no_delegation_request_can_be_created_without_partner_onboarding() {
    assertAwsError(
        () ->
            iam.createDelegationRequest(
                r ->
                    r.description("access to s3")
                        .permissions(
                            p -> p.policyTemplateArn("arn:aws:iam::aws:policy/ReadOnlyAccess"))
                        .requestorWorkflowId("workflow-1")
                        .notificationChannel("arn:aws:sns:us-east-1:123456789012:topic")
                        .sessionDuration(3600)),
        400,
        "InvalidInput",
        "The caller is not onboarded as a delegation partner: CreateDelegationRequest is not"
            + " available for general use.");
    assertAwsError(
        () -> iam.createDelegationRequest(r -> r.description("x")),
        400,
        "ValidationError",
        "4 validation errors detected: Value null at 'permissions' failed to satisfy constraint:"
            + " Member must not be null; Value null at 'requestorWorkflowId' failed to satisfy"
            + " constraint: Member must not be null; Value null at 'notificationChannel' failed to"
            + " satisfy constraint: Member must not be null; Value null at 'sessionDuration'"
            + " failed to satisfy constraint: Member must not be null");
  }

  @Test
  void every_delegation_request_id_is_unknown() {
    String id = "dr-0123456789abcdef";
    String message = "The delegation request with id " + id + " cannot be found.";
    assertAwsError(
        () -> iam.getDelegationRequest(r -> r.delegationRequestId(id)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.acceptDelegationRequest(r -> r.delegationRequestId(id)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.associateDelegationRequest(r -> r.delegationRequestId(id)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.rejectDelegationRequest(r -> r.delegationRequestId(id).notes("no")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.updateDelegationRequest(r -> r.delegationRequestId(id).notes("later")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.sendDelegationToken(r -> r.delegationRequestId(id)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.getDelegationRequest(r -> r.delegationRequestId("short")),
        400,
        "ValidationError",
        "1 validation error detected: Value 'short' at 'delegationRequestId' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 16");
  }

  @Test
  void no_account_lists_any_delegation_request() {
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertThat(iam.listDelegationRequests(r -> {}).delegationRequests()).isEmpty();
    assertThat(other.listDelegationRequests(r -> {}).isTruncated()).isFalse();
  }

  @Test
  void only_delegation_requests_have_human_readable_summaries() {
    iam.createUser(r -> r.userName("alice"));
    GetHumanReadableSummaryResponse user =
        iam.getHumanReadableSummary(
            r -> r.entityArn("arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice").locale("fr"));
    assertThat(user.summaryState()).isEqualTo(SummaryStateType.NOT_SUPPORTED);
    assertThat(user.locale()).isEqualTo("fr");
    assertThat(user.summaryContent()).isNull();

    String arn = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":delegation-request/dr-0123456789abcdef";
    assertAwsError(
        () -> iam.getHumanReadableSummary(r -> r.entityArn(arn)),
        404,
        "NoSuchEntity",
        "The delegation request with id dr-0123456789abcdef cannot be found.");
  }
}
