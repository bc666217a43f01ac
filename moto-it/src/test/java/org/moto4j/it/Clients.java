package org.moto4j.it;

import java.net.InetAddress;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** Real AWS SDK v2 clients pointed at a moto4j endpoint. */
final class Clients {

  static final AwsCredentials BASE = AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret");

  private Clients() {}

  static AwsCredentials of(Credentials issued) {
    return AwsSessionCredentials.create(
        issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
  }

  static StsClient sts(URI endpoint, AwsCredentials credentials) {
    return StsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http())
        .build();
  }

  static IamClient iam(URI endpoint, AwsCredentials credentials) {
    return IamClient.builder()
        .endpointOverride(endpoint)
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http())
        .build();
  }

  /** Path style: {@code http://127.0.0.1:port/bucket/key}. */
  static S3Client s3(URI endpoint, AwsCredentials credentials) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http())
        .build();
  }

  /** Virtual-host style: {@code http://bucket.localhost:port/key}, resolved to loopback. */
  static S3Client s3VirtualHost(URI endpoint, AwsCredentials credentials) {
    URI localhost = URI.create("http://localhost:" + endpoint.getPort() + endpoint.getRawPath());
    return S3Client.builder()
        .endpointOverride(localhost)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(http())
        .build();
  }

  private static software.amazon.awssdk.http.SdkHttpClient http() {
    // *.localhost does not resolve everywhere; every name this client meets is loopback.
    return ApacheHttpClient.builder()
        .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()})
        .build();
  }
}
