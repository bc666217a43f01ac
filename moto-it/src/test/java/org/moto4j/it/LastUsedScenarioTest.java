package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyLastUsed;
import software.amazon.awssdk.services.iam.model.RoleLastUsed;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * IAM's last-use reports follow the requests made in every service: GetAccessKeyLastUsed for a
 * user's key, RoleLastUsed for the sessions of a role, each in its own account.
 */
class LastUsedScenarioTest {

  private static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}";

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = Servers.started();
  }

  @AfterEach
  void reset() {
    server.moto().reset();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_users_key_reports_its_last_use_in_s3_then_in_iam_whose_global_region_is_us_east_1() {
    try (IamClient admin = Clients.iam(server.endpoint(), Clients.BASE)) {
      admin.createUser(u -> u.userName("alice"));
      AccessKey key = admin.createAccessKey(k -> k.userName("alice")).accessKey();
      AwsCredentials alice = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
      Instant before = Instant.now().minusSeconds(1);

      try (S3Client s3 = Clients.s3(server.endpoint(), alice)) {
        s3.listBuckets();
      }
      AccessKeyLastUsed inS3 =
          admin.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())).accessKeyLastUsed();
      try (IamClient asAlice = Clients.iam(server.endpoint(), alice)) {
        asAlice.getUser();
      }
      AccessKeyLastUsed inIam =
          admin.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId())).accessKeyLastUsed();

      assertThat(inS3.serviceName()).isEqualTo("s3");
      assertThat(inS3.region()).isEqualTo("us-east-1");
      assertThat(inS3.lastUsedDate()).isBetween(before, Instant.now().plusSeconds(1));
      assertThat(inIam.serviceName()).isEqualTo("iam");
      assertThat(inIam.region()).isEqualTo("us-east-1");
      assertThat(inIam.lastUsedDate()).isAfterOrEqualTo(inS3.lastUsedDate());
    }
  }

  @Test
  void a_role_reports_the_last_request_of_its_sessions_and_only_in_its_own_account() {
    AwsCredentials adminOfB =
        Clients.of(
            Clients.sts(server.endpoint(), Clients.BASE)
                .assumeRole(
                    r -> r.roleArn("arn:aws:iam::111111111111:role/admin").roleSessionName("admin"))
                .credentials());
    try (IamClient inA = Clients.iam(server.endpoint(), Clients.BASE);
        IamClient inB = Clients.iam(server.endpoint(), adminOfB);
        StsClient sts = Clients.sts(server.endpoint(), Clients.BASE)) {
      inA.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
      inB.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
      Instant before = Instant.now().minusSeconds(1);

      AwsCredentials session =
          Clients.of(
              sts.assumeRole(
                      r -> r.roleArn("arn:aws:iam::123456789012:role/APP").roleSessionName("ci"))
                  .credentials());
      try (S3Client s3 = Clients.s3(server.endpoint(), session)) {
        s3.listBuckets();
      }

      RoleLastUsed usedInA = inA.getRole(r -> r.roleName("app")).role().roleLastUsed();
      assertThat(usedInA.region()).isEqualTo("us-east-1");
      assertThat(usedInA.lastUsedDate()).isBetween(before, Instant.now().plusSeconds(1));
      RoleLastUsed unusedInB = inB.getRole(r -> r.roleName("app")).role().roleLastUsed();
      assertThat(unusedInB.lastUsedDate()).isNull();
      assertThat(unusedInB.region()).isNull();
    }
  }

  @Test
  void a_role_deleted_and_created_again_under_its_name_starts_unused() {
    try (IamClient iam = Clients.iam(server.endpoint(), Clients.BASE);
        StsClient sts = Clients.sts(server.endpoint(), Clients.BASE)) {
      iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
      AwsCredentials session =
          Clients.of(
              sts.assumeRole(
                      r -> r.roleArn("arn:aws:iam::123456789012:role/app").roleSessionName("ci"))
                  .credentials());
      try (StsClient asRole = Clients.sts(server.endpoint(), session)) {
        asRole.getCallerIdentity();
      }
      assertThat(iam.getRole(r -> r.roleName("app")).role().roleLastUsed().lastUsedDate())
          .isNotNull();
      iam.deleteRole(r -> r.roleName("app"));

      iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

      assertThat(iam.getRole(r -> r.roleName("app")).role().roleLastUsed().lastUsedDate()).isNull();
    }
  }
}
