package org.moto4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** What a user of the BOM with only moto-s3 and moto-servlet gets: S3, and no STS. */
class BomConsumerTest {

  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

  private static MotoServer server;

  @BeforeAll
  static void start() {
    server = MotoServer.builder().port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void s3_is_served() {
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(CREDENTIALS)
            .build()) {
      s3.createBucket(b -> b.bucket("from-the-bom"));
      s3.putObject(b -> b.bucket("from-the-bom").key("hello.txt"), RequestBody.fromString("hi"));
      assertEquals(
          "hi", s3.getObjectAsBytes(b -> b.bucket("from-the-bom").key("hello.txt")).asUtf8String());
    }
    assertEquals(java.util.List.of("s3"), server.moto().services());
  }

  @Test
  void sts_is_not_installed_and_says_so() {
    try (StsClient sts =
        StsClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS)
            .build()) {
      StsException error = assertThrows(StsException.class, sts::getCallerIdentity);
      assertEquals(501, error.statusCode());
      assertEquals("NotImplemented", error.awsErrorDetails().errorCode());
      assertTrue(
          error
              .awsErrorDetails()
              .errorMessage()
              .startsWith(
                  "The AWS service of this request (sts) is not installed in this moto4j: add its"
                      + " module (org.moto4j:moto-sts) to the classpath. Installed: s3."),
          error.awsErrorDetails().errorMessage());
    }
  }
}
