package org.moto4j.reliability;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Real AWS SDK v2 clients for a moto4j endpoint, sharing one HTTP client, with no retries (a retry
 * would hide a failure the suites look for) and bounded timeouts (a hang fails, never blocks).
 */
final class Clients implements AutoCloseable {

  static final AwsCredentials BASE = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret");

  private final URI endpoint;
  private final SdkHttpClient http;

  Clients(URI endpoint, int connections) {
    this.endpoint = endpoint;
    this.http =
        ApacheHttpClient.builder()
            .maxConnections(connections)
            .socketTimeout(Duration.ofSeconds(30))
            .connectionTimeout(Duration.ofSeconds(5))
            .build();
  }

  static AwsCredentials of(Credentials issued) {
    return AwsSessionCredentials.create(
        issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
  }

  S3Client s3(AwsCredentials credentials) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http)
        .overrideConfiguration(noRetries())
        .build();
  }

  StsClient sts(AwsCredentials credentials) {
    return StsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http)
        .overrideConfiguration(noRetries())
        .build();
  }

  IamClient iam(AwsCredentials credentials) {
    return IamClient.builder()
        .endpointOverride(endpoint)
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http)
        .overrideConfiguration(noRetries())
        .build();
  }

  private static ClientOverrideConfiguration noRetries() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry())
        .apiCallTimeout(Duration.ofSeconds(60))
        .build();
  }

  @Override
  public void close() {
    http.close();
  }
}
