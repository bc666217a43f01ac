package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/** Access keys IAM issues act in the user's account, in every service. */
class IamCredentialsScenarioTest {

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = Servers.started();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_key_created_for_a_user_in_another_account_lists_that_accounts_users_and_buckets_only() {
    AwsCredentials admin =
        Clients.of(
            Clients.sts(server.endpoint(), Clients.BASE)
                .assumeRole(
                    r -> r.roleArn("arn:aws:iam::111111111111:role/admin").roleSessionName("admin"))
                .credentials());
    AccessKey key;
    try (IamClient iam = Clients.iam(server.endpoint(), admin);
        IamClient defaultIam = Clients.iam(server.endpoint(), Clients.BASE);
        S3Client defaultS3 = Clients.s3(server.endpoint(), Clients.BASE)) {
      iam.createUser(u -> u.userName("alice"));
      iam.createUser(u -> u.userName("bob"));
      key = iam.createAccessKey(k -> k.userName("alice")).accessKey();
      defaultIam.createUser(u -> u.userName("carol"));
      defaultS3.createBucket(b -> b.bucket("default-account-bucket"));
    }
    AwsCredentials alice = AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    try (StsClient sts = Clients.sts(server.endpoint(), alice);
        IamClient iam = Clients.iam(server.endpoint(), alice);
        S3Client s3 = Clients.s3(server.endpoint(), alice);
        S3Client defaultS3 = Clients.s3(server.endpoint(), Clients.BASE)) {
      assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::111111111111:user/alice");
      assertThat(sts.getAccessKeyInfo(r -> r.accessKeyId(key.accessKeyId())).account())
          .isEqualTo("111111111111");
      assertThat(iam.listUsers().users())
          .extracting(User::userName)
          .containsExactly("alice", "bob");
      s3.createBucket(b -> b.bucket("alice-bucket"));
      assertThat(s3.listBuckets().buckets())
          .extracting(Bucket::name)
          .containsExactly("alice-bucket");
      assertThat(defaultS3.listBuckets().buckets())
          .extracting(Bucket::name)
          .containsExactly("default-account-bucket");
    }
  }
}
