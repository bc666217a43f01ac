package org.moto4j.servlet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * SDK clients pointed at {@code http://host:port/aws}, as a user of a mounted filter builds them.
 */
final class MountedClients {

  static final AwsCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret"));

  private static final HttpClient http = HttpClient.newHttpClient();

  private MountedClients() {}

  static S3Client s3(URI endpoint, AwsCredentialsProvider credentials) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(credentials)
        .build();
  }

  static StsClient sts(URI endpoint, AwsCredentialsProvider credentials) {
    return StsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials)
        .build();
  }

  static IamClient iam(URI endpoint) {
    return IamClient.builder()
        .endpointOverride(endpoint)
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(CREDENTIALS)
        .build();
  }

  static HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
