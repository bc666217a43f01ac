package org.moto4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * An existing Jetty ee10 application serving its own servlets, with moto4j mounted under {@code
 * /aws} by a filter configured in code; real SDK clients pointed at {@code http://host:port/aws}.
 */
class MotoFilterInApplicationTest {

  private static Server jetty;
  private static Moto moto;
  private static URI aws;
  private static URI root;

  @BeforeAll
  static void start() throws Exception {
    MotoConfig config =
        MotoSettings.create()
            .initialNoAuthActionCount(1000)
            .blobMemoryThreshold(16)
            .applyTo(new MotoConfig(Map.of()));
    moto = Moto.builder().config(config).build();
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler app = new ServletContextHandler();
    app.setContextPath("/");
    app.addServlet(new ServletHolder(new HelloServlet()), "/hello/*");
    app.addFilter(
        new FilterHolder(new MotoFilter(moto, "/aws")), "/*", EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(app);
    jetty.start();
    root = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    aws = URI.create(root + "/aws");
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  @BeforeEach
  void reset() {
    moto.reset();
  }

  @Test
  void sdk_clients_use_s3_sts_and_iam_under_the_prefix() {
    try (S3Client s3 = MountedClients.s3(aws, MountedClients.CREDENTIALS);
        StsClient sts = MountedClients.sts(aws, MountedClients.CREDENTIALS);
        IamClient iam = MountedClients.iam(aws)) {
      s3.createBucket(b -> b.bucket("mounted"));
      s3.putObject(b -> b.bucket("mounted").key("k"), RequestBody.fromString("through the filter"));
      assertThat(s3.getObjectAsBytes(b -> b.bucket("mounted").key("k")).asUtf8String())
          .isEqualTo("through the filter");
      // STS and IAM requests arrive at the context root (aws-sdk-java-v2#3387) and are served.
      assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
      iam.createUser(b -> b.userName("dora"));
      assertThat(iam.listUsers().users()).hasSize(1);
    }
  }

  @Test
  void the_applications_own_servlets_still_answer() throws Exception {
    assertThat(MountedClients.get(URI.create(root + "/hello/world")).body())
        .isEqualTo("hello from the application: /hello/world");
  }

  @Test
  void assumed_role_credentials_act_in_the_other_account_through_the_filter() {
    try (StsClient sts = MountedClients.sts(aws, MountedClients.CREDENTIALS)) {
      Credentials role =
          sts.assumeRole(
                  r -> r.roleArn("arn:aws:iam::111111111111:role/app").roleSessionName("web"))
              .credentials();
      var inB =
          StaticCredentialsProvider.create(
              AwsSessionCredentials.create(
                  role.accessKeyId(), role.secretAccessKey(), role.sessionToken()));
      try (S3Client s3InB = MountedClients.s3(aws, inB);
          S3Client s3 = MountedClients.s3(aws, MountedClients.CREDENTIALS)) {
        s3InB.createBucket(b -> b.bucket("b-owned"));
        assertThat(s3InB.listBuckets().buckets()).extracting(Bucket::name).contains("b-owned");
        assertThat(s3.listBuckets().buckets()).isEmpty();
      }
    }
  }

  @Test
  void settings_given_in_code_are_in_force() {
    assertThat(moto.config().get(Setting.INITIAL_NO_AUTH_ACTION_COUNT)).contains("1000");
    BlobStore blobs = moto.injector().getInstance(BlobStore.class);
    int before = blobs.fileCount();
    try (S3Client s3 = MountedClients.s3(aws, MountedClients.CREDENTIALS)) {
      s3.createBucket(b -> b.bucket("small-threshold"));
      s3.putObject(
          b -> b.bucket("small-threshold").key("k"), RequestBody.fromString("x".repeat(100)));
    }
    // 100 bytes is over the 16-byte threshold: the body went to a file.
    assertThat(blobs.fileCount()).isGreaterThan(before);
  }

  @Test
  void a_malformed_setting_is_refused_when_given() {
    assertThatThrownBy(() -> MotoSettings.create().accountId("12"))
        .hasMessageContaining("account-id must be exactly 12 digits, got '12'");
    assertThatThrownBy(() -> MotoSettings.create().region("mars-1"))
        .hasMessageContaining("region must be an AWS region, got 'mars-1'");
    assertThatThrownBy(
            () -> MotoSettings.fromParameters(Map.of("blob-memory-threshold", "lots")::get))
        .hasMessageContaining("blob-memory-threshold must be a whole number, got 'lots'");
  }
}
