package org.moto4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The scenarios moto4j was founded on, through the AWS SDK for Java v2; run against each way of
 * serving moto4j by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedScenarios {

  private final HttpClient http = HttpClient.newHttpClient();
  private Moto moto;
  private URI endpoint;
  private S3Client s3;
  private StsClient sts;

  /** Starts serving {@code moto}; returns the endpoint SDK clients are given. */
  abstract URI serve(Moto moto) throws Exception;

  /** Stops serving. */
  abstract void stopServing() throws Exception;

  @BeforeAll
  void start() throws Exception {
    moto = Moto.builder().config(new MotoConfig(Map.of())).build();
    endpoint = serve(moto);
    s3 = Clients.s3(endpoint, Clients.BASE);
    sts = Clients.sts(endpoint, Clients.BASE);
  }

  @AfterAll
  void stop() throws Exception {
    s3.close();
    sts.close();
    stopServing();
  }

  @BeforeEach
  @AfterEach
  void reset() {
    System.clearProperty(Setting.ACCOUNT_ID.property());
    moto.reset();
  }

  @Test
  void the_configured_account_is_read_on_every_request() {
    s3.createBucket(b -> b.bucket("default-one"));
    s3.createBucket(b -> b.bucket("default-two"));
    assertThat(bucketNames(s3)).containsExactly("default-one", "default-two");

    System.setProperty(Setting.ACCOUNT_ID.property(), "111111111111");
    assertThat(bucketNames(s3)).isEmpty();
    s3.createBucket(b -> b.bucket("configured-one"));
    assertThat(bucketNames(s3)).containsExactly("configured-one");

    System.clearProperty(Setting.ACCOUNT_ID.property());
    assertThat(bucketNames(s3)).containsExactly("default-one", "default-two");
  }

  @Test
  void the_account_header_creates_and_lists_in_its_account_only() throws Exception {
    assertThat(raw("PUT", "/header-bucket", "333344445555").statusCode()).isEqualTo(200);
    HttpResponse<String> list = raw("GET", "/", "333344445555");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("<Name>header-bucket</Name>");
    assertThat(bucketNames(s3)).isEmpty();

    System.setProperty(Setting.ACCOUNT_ID.property(), "111111111111");
    HttpResponse<String> configuredWins = raw("GET", "/", "333344445555");
    assertThat(configuredWins.body()).doesNotContain("header-bucket");
  }

  @Test
  void assumed_role_credentials_act_in_the_role_account() {
    s3.createBucket(b -> b.bucket("default-bucket"));

    AssumeRoleResponse sameAccount =
        sts.assumeRole(
            r -> r.roleArn("arn:aws:iam::123456789012:role/my-role").roleSessionName("seed"));
    AwsCredentials same = Clients.of(sameAccount.credentials());
    try (S3Client s3Same = Clients.s3(endpoint, same);
        StsClient stsSame = Clients.sts(endpoint, same)) {
      assertThat(bucketNames(s3Same)).containsExactly("default-bucket");
      GetCallerIdentityResponse identity = stsSame.getCallerIdentity();
      assertThat(identity.account()).isEqualTo("123456789012");
      assertThat(identity.arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/my-role/seed");
    }

    AssumeRoleResponse otherAccount =
        sts.assumeRole(
            r ->
                r.roleArn("arn:aws:iam::111111111111:role/role-in-another-account")
                    .roleSessionName("elsewhere"));
    AwsCredentials other = Clients.of(otherAccount.credentials());
    try (S3Client s3Other = Clients.s3(endpoint, other);
        StsClient stsOther = Clients.sts(endpoint, other)) {
      assertThat(bucketNames(s3Other)).isEmpty();
      s3Other.createBucket(b -> b.bucket("other-account-bucket"));
      assertThat(bucketNames(s3Other)).containsExactly("other-account-bucket");
      GetCallerIdentityResponse identity = stsOther.getCallerIdentity();
      assertThat(identity.account()).isEqualTo("111111111111");
      assertThat(identity.arn())
          .isEqualTo("arn:aws:sts::111111111111:assumed-role/role-in-another-account/elsewhere");
    }
    assertThat(bucketNames(s3)).containsExactly("default-bucket");
    assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::123456789012:root");
  }

  @Test
  void virtual_host_addressing_sees_the_same_accounts() {
    try (S3Client virtualHost = Clients.s3VirtualHost(endpoint, Clients.BASE)) {
      virtualHost.createBucket(b -> b.bucket("vhost-bucket"));
      assertThat(bucketNames(virtualHost)).containsExactly("vhost-bucket");
      virtualHost.headBucket(b -> b.bucket("vhost-bucket"));
    }
    assertThat(bucketNames(s3)).containsExactly("vhost-bucket");
  }

  private static List<String> bucketNames(S3Client client) {
    return client.listBuckets().buckets().stream().map(Bucket::name).toList();
  }

  private HttpResponse<String> raw(String method, String path, String account) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(endpoint + path))
            .header("x-moto-account-id", account)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
