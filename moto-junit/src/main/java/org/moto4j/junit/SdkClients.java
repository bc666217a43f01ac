package org.moto4j.junit;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Builds AWS SDK v2 clients for a server, only for the SDK modules present on the classpath (they
 * are optional dependencies), so a test that lacks one never loads its classes.
 */
final class SdkClients {

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "moto4j"));

  private SdkClients() {}

  /** A client of {@code type} for the endpoint, if {@code type} is an SDK client moto4j serves. */
  static Optional<AutoCloseable> create(Class<?> type, URI endpoint) {
    return switch (type.getName()) {
      case "software.amazon.awssdk.services.s3.S3Client" -> Optional.of(S3.create(endpoint));
      case "software.amazon.awssdk.services.sts.StsClient" -> Optional.of(Sts.create(endpoint));
      case "software.amazon.awssdk.services.iam.IamClient" -> Optional.of(Iam.create(endpoint));
      default -> Optional.empty();
    };
  }

  /** Whether {@code type} is a client {@link #create} can build. */
  static boolean supports(Class<?> type) {
    return switch (type.getName()) {
      case "software.amazon.awssdk.services.s3.S3Client",
          "software.amazon.awssdk.services.sts.StsClient",
          "software.amazon.awssdk.services.iam.IamClient" ->
          true;
      default -> false;
    };
  }

  // One nested class per SDK module, so its classes load only when that client is asked for.

  private static final class S3 {
    static AutoCloseable create(URI endpoint) {
      return software.amazon.awssdk.services.s3.S3Client.builder()
          .endpointOverride(endpoint)
          .region(Region.US_EAST_1)
          .forcePathStyle(true)
          .credentialsProvider(CREDENTIALS)
          .build();
    }
  }

  private static final class Sts {
    static AutoCloseable create(URI endpoint) {
      return software.amazon.awssdk.services.sts.StsClient.builder()
          .endpointOverride(endpoint)
          .region(Region.US_EAST_1)
          .credentialsProvider(CREDENTIALS)
          .build();
    }
  }

  private static final class Iam {
    static AutoCloseable create(URI endpoint) {
      return software.amazon.awssdk.services.iam.IamClient.builder()
          .endpointOverride(endpoint)
          .region(Region.AWS_GLOBAL)
          .credentialsProvider(CREDENTIALS)
          .build();
    }
  }
}
