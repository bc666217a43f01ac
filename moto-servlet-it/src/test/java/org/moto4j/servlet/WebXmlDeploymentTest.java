package org.moto4j.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.Setting;
import org.moto4j.core.blob.BlobStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The same mounting declared in a deployment descriptor ({@code src/test/webapp/WEB-INF/web.xml}):
 * MotoFilter under {@code /aws} with its settings as init-parameters, beside the application's own
 * servlet.
 */
class WebXmlDeploymentTest {

  private static Server jetty;
  private static Moto moto;
  private static URI root;
  private static URI aws;

  @BeforeAll
  static void start() throws Exception {
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    WebAppContext webapp = new WebAppContext();
    webapp.setContextPath("/");
    webapp.setBaseResourceAsPath(
        Path.of(System.getProperty("moto.root"), "moto-servlet-it", "src", "test", "webapp"));
    webapp.setThrowUnavailableOnStartupException(true);
    // The application's classes are the test classpath's.
    webapp.setParentLoaderPriority(true);
    jetty.setHandler(webapp);
    jetty.start();
    moto = ((MotoFilter) webapp.getServletHandler().getFilter("moto").getFilter()).moto();
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
  void every_request_acts_in_the_configured_account() {
    try (S3Client s3 = MountedClients.s3(aws, MountedClients.CREDENTIALS);
        StsClient sts = MountedClients.sts(aws, MountedClients.CREDENTIALS);
        IamClient iam = MountedClients.iam(aws)) {
      assertThat(sts.getCallerIdentity().account()).isEqualTo("222222222222");
      s3.createBucket(b -> b.bucket("from-web-xml"));
      assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains("from-web-xml");
      iam.createUser(b -> b.userName("erin"));
      assertThat(iam.getUser(b -> b.userName("erin")).user().arn())
          .isEqualTo("arn:aws:iam::222222222222:user/erin");
    }
  }

  @Test
  void the_configured_account_wins_over_the_account_header_as_moto_account_id_does()
      throws Exception {
    HttpResponse<String> create =
        MountedClients.send(
            HttpRequest.newBuilder(URI.create(aws + "/header-bucket"))
                .header("x-moto-account-id", "333333333333")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "<CreateBucketConfiguration><LocationConstraint>eu-west-1"
                            + "</LocationConstraint></CreateBucketConfiguration>"))
                .build());
    assertThat(create.statusCode()).isEqualTo(200);
    assertThat(
            MountedClients.get(URI.create(aws + "/moto-api/data.json?account=222222222222")).body())
        .contains("\"name\":\"header-bucket\"");
  }

  @Test
  void init_parameters_are_in_force() throws Exception {
    assertThat(moto.config().get(Setting.INITIAL_NO_AUTH_ACTION_COUNT)).contains("1000");
    BlobStore blobs = moto.injector().getInstance(BlobStore.class);
    int before = blobs.fileCount();
    try (S3Client s3 = MountedClients.s3(aws, MountedClients.CREDENTIALS)) {
      s3.createBucket(b -> b.bucket("threshold-32"));
      s3.putObject(b -> b.bucket("threshold-32").key("k"), RequestBody.fromString("y".repeat(40)));
    }
    assertThat(blobs.fileCount()).isGreaterThan(before);
    // An unsigned request names no region: it is the configured one.
    HttpResponse<String> create =
        MountedClients.send(
            HttpRequest.newBuilder(URI.create(aws + "/regional-bucket"))
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "<CreateBucketConfiguration><LocationConstraint>eu-west-1"
                            + "</LocationConstraint></CreateBucketConfiguration>"))
                .build());
    assertThat(create.statusCode()).isEqualTo(200);
    assertThat(MountedClients.get(URI.create(aws + "/moto-api/data.json")).body())
        .contains("\"name\":\"regional-bucket\"")
        .contains("\"region_name\":\"eu-west-1\"");
  }

  @Test
  void the_applications_servlet_and_unknown_paths_are_the_applications() throws Exception {
    assertThat(MountedClients.get(URI.create(root + "/hello/there")).body())
        .isEqualTo("hello from the application: /hello/there");
    assertThat(MountedClients.get(URI.create(root + "/elsewhere")).statusCode()).isEqualTo(404);
  }
}
