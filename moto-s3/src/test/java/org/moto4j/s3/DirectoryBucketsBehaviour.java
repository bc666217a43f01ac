package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketType;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.DataRedundancy;
import software.amazon.awssdk.services.s3.model.LocationType;
import software.amazon.awssdk.services.s3.model.SessionCredentials;

/**
 * S3 Express One Zone directory buckets through the AWS SDK, once per addressing style: created
 * with their zone, listed by ListDirectoryBuckets and not by ListBuckets, and CreateSession
 * credentials that sign later requests in the bucket owner's account.
 */
abstract class DirectoryBucketsBehaviour extends TwoAccountFixture {

  static final String DIRECTORY = "logs--usw2-az1--x-s3";

  /**
   * Clients for the control-plane calls (CreateBucket, ListDirectoryBuckets): against a custom
   * endpoint the SDK would otherwise sign them with a session of a bucket that does not exist yet.
   */
  S3Client control;

  S3Client otherControl;

  @BeforeEach
  void controlClients() {
    control = controlClient(null);
    otherControl = controlClient(S3TestServer.ANOTHER_ACCOUNT);
  }

  @AfterEach
  void closeControlClients() {
    control.close();
    otherControl.close();
  }

  @SuppressWarnings("deprecation") // apache-client: its DnsResolver is the JDK-typed one
  private S3Client controlClient(String account) {
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .disableS3ExpressSessionAuth(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")));
    if (style() == S3TestServer.Style.PATH) {
      builder
          .endpointOverride(server.endpoint())
          .forcePathStyle(true)
          .httpClient(UrlConnectionHttpClient.create());
    } else {
      builder
          .endpointOverride(URI.create("http://localhost:" + server.port()))
          .httpClient(
              ApacheHttpClient.builder()
                  .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()})
                  .build());
    }
    if (account != null) {
      builder.overrideConfiguration(o -> o.putHeader("x-moto-account-id", account));
    }
    return builder.build();
  }

  static CreateBucketConfiguration zonal(String zone) {
    return CreateBucketConfiguration.builder()
        .location(l -> l.type(LocationType.AVAILABILITY_ZONE).name(zone))
        .bucket(
            b ->
                b.type(BucketType.DIRECTORY)
                    .dataRedundancy(DataRedundancy.SINGLE_AVAILABILITY_ZONE))
        .build();
  }

  @Test
  void a_directory_bucket_is_listed_only_by_list_directory_buckets() {
    control.createBucket(b -> b.bucket(DIRECTORY).createBucketConfiguration(zonal("usw2-az1")));
    s3.createBucket(b -> b.bucket("general"));

    var directories = control.listDirectoryBuckets(b -> {}).buckets();
    var general = s3.listBuckets().buckets();

    assertThat(directories).extracting(b -> b.name()).containsExactly(DIRECTORY);
    assertThat(directories.get(0).bucketArn())
        .isEqualTo("arn:aws:s3express:us-east-1:123456789012:bucket/" + DIRECTORY);
    assertThat(general).extracting(b -> b.name()).containsExactly("general");
    assertThat(otherControl.listDirectoryBuckets(b -> {}).buckets()).isEmpty();
  }

  @Test
  void list_directory_buckets_pages_with_a_continuation_token() {
    for (String base : new String[] {"a", "b", "c"}) {
      control.createBucket(
          b -> b.bucket(base + "--usw2-az1--x-s3").createBucketConfiguration(zonal("usw2-az1")));
    }

    var first = control.listDirectoryBuckets(b -> b.maxDirectoryBuckets(2));
    var second =
        control.listDirectoryBuckets(
            b -> b.maxDirectoryBuckets(2).continuationToken(first.continuationToken()));

    assertThat(first.buckets()).extracting(b -> b.name()).hasSize(2);
    assertThat(second.buckets()).extracting(b -> b.name()).containsExactly("c--usw2-az1--x-s3");
    assertThat(second.continuationToken()).isNull();
  }

  @Test
  void a_directory_bucket_needs_its_zone_in_the_name_and_the_configuration() {
    assertError(
        () ->
            control.createBucket(
                b -> b.bucket("logs--nozone--x-s3").createBucketConfiguration(zonal("nozone"))),
        400,
        "InvalidBucketName",
        "The specified bucket is not valid.");
    assertError(
        () ->
            control.createBucket(
                b -> b.bucket(DIRECTORY).createBucketConfiguration(zonal("use1-az4"))),
        400,
        "InvalidRequest",
        "The Availability Zone in the bucket name does not match the Location Name use1-az4");
    assertThat(control.listDirectoryBuckets(b -> {}).buckets()).isEmpty();
  }

  @Test
  void create_session_issues_credentials_that_act_in_the_owner_account() {
    otherControl.createBucket(
        b -> b.bucket(DIRECTORY).createBucketConfiguration(zonal("usw2-az1")));

    SessionCredentials credentials =
        otherControl.createSession(b -> b.bucket(DIRECTORY)).credentials();

    assertThat(credentials.accessKeyId()).startsWith("ASIA");
    assertThat(credentials.expiration())
        .isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(6)));
    try (S3Client session =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(server.endpoint().toString()))
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .disableS3ExpressSessionAuth(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsSessionCredentials.create(
                        credentials.accessKeyId(),
                        credentials.secretAccessKey(),
                        credentials.sessionToken())))
            .build()) {
      assertThat(session.listDirectoryBuckets(b -> {}).buckets())
          .extracting(b -> b.name())
          .containsExactly(DIRECTORY);
    }
  }

  @Test
  void create_session_is_for_the_owner_of_a_directory_bucket_only() {
    control.createBucket(b -> b.bucket(DIRECTORY).createBucketConfiguration(zonal("usw2-az1")));
    s3.createBucket(b -> b.bucket("general"));

    assertError(
        () -> otherControl.createSession(b -> b.bucket(DIRECTORY)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> control.createSession(b -> b.bucket("general")),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
  }

  @Test
  void the_sdk_signs_object_requests_with_a_session_it_creates() {
    control.createBucket(b -> b.bucket(DIRECTORY).createBucketConfiguration(zonal("usw2-az1")));

    // s3 keeps the SDK's default: it calls CreateSession and signs with the session's key.
    s3.putObject(b -> b.bucket(DIRECTORY).key("a.txt"), RequestBody.fromString("zonal"));

    assertThat(s3.getObjectAsBytes(b -> b.bucket(DIRECTORY).key("a.txt")).asUtf8String())
        .isEqualTo("zonal");
    assertThatThrownBy(
            () ->
                other.putObject(b -> b.bucket(DIRECTORY).key("b.txt"), RequestBody.fromString("x")))
        .isInstanceOf(SdkException.class);
    assertThat(control.listObjectsV2(b -> b.bucket(DIRECTORY)).contents())
        .extracting(o -> o.key())
        .containsExactly("a.txt");
  }
}
