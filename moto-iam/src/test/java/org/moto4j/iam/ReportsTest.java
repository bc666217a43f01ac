package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessAdvisorUsageGranularityType;
import software.amazon.awssdk.services.iam.model.GenerateCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;
import software.amazon.awssdk.services.iam.model.GetServiceLastAccessedDetailsResponse;
import software.amazon.awssdk.services.iam.model.JobStatusType;
import software.amazon.awssdk.services.iam.model.ReportFormatType;
import software.amazon.awssdk.services.iam.model.ReportStateType;
import software.amazon.awssdk.services.iam.model.StatusType;

/** The credential report and service-last-accessed reports through the real SDK. */
class ReportsTest extends IamServerTest {

  static final String HEADER =
      "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
          + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
          + "access_key_1_last_used_date,access_key_1_last_used_region,"
          + "access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
          + "access_key_2_last_used_date,access_key_2_last_used_region,"
          + "access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,"
          + "cert_2_last_rotated";

  @Test
  void no_credential_report_exists_until_one_is_generated() {
    assertAwsError(
        () -> iam.getCredentialReport(r -> {}),
        410,
        "ReportNotPresent",
        "Credential report not present");
  }

  @Test
  void generating_starts_a_report_then_finds_it_complete() {
    GenerateCredentialReportResponse first = iam.generateCredentialReport(r -> {});
    assertThat(first.state()).isEqualTo(ReportStateType.STARTED);
    assertThat(first.description())
        .isEqualTo("No report exists. Starting a new report generation task");

    assertThat(iam.generateCredentialReport(r -> {}).state()).isEqualTo(ReportStateType.COMPLETE);
  }

  @Test
  void the_report_is_aws_csv_with_the_root_and_every_user() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    var key = iam.createAccessKey(r -> r.userName("bob")).accessKey();
    iam.updateAccessKey(
        r -> r.userName("bob").accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
    iam.createAccessKey(r -> r.userName("bob"));
    iam.generateCredentialReport(r -> {});

    GetCredentialReportResponse report = iam.getCredentialReport(r -> {});

    assertThat(report.reportFormat()).isEqualTo(ReportFormatType.TEXT_CSV);
    assertThat(report.generatedTime()).isNotNull();
    List<String> lines = report.content().asString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(HEADER);
    assertThat(lines.get(1))
        .startsWith("<root_account>,arn:aws:iam::" + DEFAULT_ACCOUNT + ":root,")
        .contains(",not_supported,");
    String[] alice = lines.get(2).split(",", -1);
    assertThat(alice).hasSize(22);
    assertThat(alice[0]).isEqualTo("alice");
    assertThat(alice[1]).isEqualTo("arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice");
    assertThat(alice[2]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(alice[3]).isEqualTo("false");
    assertThat(alice[8]).isEqualTo("false");
    assertThat(alice[9]).isEqualTo("N/A");
    String[] bob = lines.get(3).split(",", -1);
    assertThat(bob[0]).isEqualTo("bob");
    assertThat(bob[8]).isEqualTo("false");
    assertThat(bob[9]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(bob[10]).isEqualTo("N/A");
    assertThat(bob[13]).isEqualTo("true");
  }

  @Test
  void a_report_belongs_to_its_account() {
    iam.generateCredentialReport(r -> {});
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertAwsError(
        () -> other.getCredentialReport(r -> {}),
        410,
        "ReportNotPresent",
        "Credential report not present");
  }

  @Test
  void service_last_accessed_lists_nothing_for_an_entity_without_policies() {
    iam.createUser(r -> r.userName("alice"));
    String arn = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice";

    String jobId = iam.generateServiceLastAccessedDetails(r -> r.arn(arn)).jobId();

    assertThat(jobId).hasSize(36);
    GetServiceLastAccessedDetailsResponse details =
        iam.getServiceLastAccessedDetails(r -> r.jobId(jobId));
    assertThat(details.jobStatus()).isEqualTo(JobStatusType.COMPLETED);
    assertThat(details.jobType()).isEqualTo(AccessAdvisorUsageGranularityType.SERVICE_LEVEL);
    assertThat(details.jobCreationDate()).isNotNull();
    assertThat(details.jobCompletionDate()).isNotNull();
    assertThat(details.servicesLastAccessed()).isEmpty();
    assertThat(details.isTruncated()).isFalse();
    var entities =
        iam.getServiceLastAccessedDetailsWithEntities(r -> r.jobId(jobId).serviceNamespace("s3"));
    assertThat(entities.jobStatus()).isEqualTo(JobStatusType.COMPLETED);
    assertThat(entities.entityDetailsList()).isEmpty();
  }

  @Test
  void service_last_accessed_lists_the_services_a_users_policies_grant() {
    iam.createUser(r -> r.userName("alice"));
    iam.createGroup(r -> r.groupName("devs"));
    iam.addUserToGroup(r -> r.groupName("devs").userName("alice"));
    iam.putUserPolicy(
        r -> r.userName("alice").policyName("objects").policyDocument(allow("s3:GetObject")));
    iam.putGroupPolicy(
        r -> r.groupName("devs").policyName("queues").policyDocument(allow("sqs:SendMessage")));
    String policyArn =
        iam.createPolicy(r -> r.policyName("tables").policyDocument(allow("dynamodb:GetItem")))
            .policy()
            .arn();
    iam.attachUserPolicy(r -> r.userName("alice").policyArn(policyArn));

    String jobId =
        iam.generateServiceLastAccessedDetails(
                r ->
                    r.arn("arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice")
                        .granularity(AccessAdvisorUsageGranularityType.ACTION_LEVEL))
            .jobId();

    GetServiceLastAccessedDetailsResponse details =
        iam.getServiceLastAccessedDetails(r -> r.jobId(jobId));
    assertThat(details.jobType()).isEqualTo(AccessAdvisorUsageGranularityType.ACTION_LEVEL);
    assertThat(details.servicesLastAccessed())
        .extracting(s -> s.serviceNamespace(), s -> s.serviceName())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dynamodb", "Amazon DynamoDB"),
            org.assertj.core.groups.Tuple.tuple("s3", "Amazon S3"),
            org.assertj.core.groups.Tuple.tuple("sqs", "Amazon SQS"));
    assertThat(details.servicesLastAccessed())
        .allSatisfy(
            service -> {
              assertThat(service.lastAuthenticated()).isNull();
              assertThat(service.totalAuthenticatedEntities()).isZero();
            });
    var page = iam.getServiceLastAccessedDetails(r -> r.jobId(jobId).maxItems(2));
    assertThat(page.servicesLastAccessed()).hasSize(2);
    assertThat(page.isTruncated()).isTrue();
    String policyJob = iam.generateServiceLastAccessedDetails(r -> r.arn(policyArn)).jobId();
    assertThat(iam.getServiceLastAccessedDetails(r -> r.jobId(policyJob)).servicesLastAccessed())
        .extracting(s -> s.serviceNamespace())
        .containsExactly("dynamodb");
  }

  private static String allow(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}]}";
  }

  @Test
  void a_users_console_password_shows_in_the_report() {
    iam.createUser(r -> r.userName("alice"));
    iam.createLoginProfile(r -> r.userName("alice").password("Secret-Passw0rd!"));
    iam.generateCredentialReport(r -> {});

    String[] alice =
        iam.getCredentialReport(r -> {})
            .content()
            .asString(StandardCharsets.UTF_8)
            .lines()
            .skip(2)
            .findFirst()
            .orElseThrow()
            .split(",", -1);

    assertThat(alice[3]).isEqualTo("true");
    assertThat(alice[5]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");
    assertThat(alice[6]).isEqualTo("N/A");
  }

  @Test
  void service_last_accessed_needs_an_existing_entity_and_job() {
    String arn = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/nobody";
    assertAwsError(
        () -> iam.generateServiceLastAccessedDetails(r -> r.arn(arn)),
        404,
        "NoSuchEntity",
        "The entity with ARN " + arn + " cannot be found.");
    String bucket = "arn:aws:s3:::some-bucket-name";
    assertAwsError(
        () -> iam.generateServiceLastAccessedDetails(r -> r.arn(bucket)),
        400,
        "InvalidInput",
        "ARN "
            + bucket
            + " is not valid: it must be the ARN of an IAM user, group, role or policy.");
    String jobId = "00000000-0000-0000-0000-000000000000";
    assertAwsError(
        () -> iam.getServiceLastAccessedDetails(r -> r.jobId(jobId)),
        404,
        "NoSuchEntity",
        "The job with id " + jobId + " cannot be found.");
    assertAwsError(
        () -> iam.getServiceLastAccessedDetails(r -> r.jobId("short")),
        400,
        "ValidationError",
        "1 validation error detected: Value 'short' at 'jobId' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 36");
  }

  @Test
  void a_job_of_one_account_is_unknown_in_another() {
    iam.createUser(r -> r.userName("alice"));
    String jobId =
        iam.generateServiceLastAccessedDetails(
                r -> r.arn("arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice"))
            .jobId();

    assertAwsError(
        () -> inAccount(OTHER_ACCOUNT).getServiceLastAccessedDetails(r -> r.jobId(jobId)),
        404,
        "NoSuchEntity",
        "The job with id " + jobId + " cannot be found.");
  }
}
