package org.moto4j.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/** Starts the packaged jar as a user would, with {@code java -jar}. */
class StandaloneJarIT {

  @Test
  void help_prints_the_usage_and_exits_zero() throws Exception {
    Process process = StandaloneProcess.start("--help");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(output).contains("--host").contains("--port").contains("MOTO_PORT");
  }

  @Test
  void a_bad_argument_exits_two_with_the_reason() throws Exception {
    Process process = StandaloneProcess.start("--port", "nope");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("'nope'");
  }

  @Test
  void the_jar_serves_sts_and_s3_per_account() throws Exception {
    try (StandaloneProcess server = StandaloneProcess.serve()) {
      URI endpoint = server.endpoint();
      StaticCredentialsProvider credentials =
          StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "s"));
      try (StsClient sts =
              StsClient.builder()
                  .endpointOverride(endpoint)
                  .region(Region.US_EAST_1)
                  .credentialsProvider(credentials)
                  .httpClient(UrlConnectionHttpClient.create())
                  .build();
          S3Client s3 =
              S3Client.builder()
                  .endpointOverride(endpoint)
                  .region(Region.US_EAST_1)
                  .forcePathStyle(true)
                  .credentialsProvider(credentials)
                  .httpClient(UrlConnectionHttpClient.create())
                  .build()) {
        assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
        s3.createBucket(b -> b.bucket("from-the-jar"));
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains("from-the-jar");
      }
    }
  }
}
