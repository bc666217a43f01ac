package org.moto4j.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * One suite of SDK behaviour run both ways, over HTTP and in process: the in-process clients must
 * behave exactly as the real wire does. Subclasses say how requests travel.
 */
abstract class SdkBehaviourSuite {

  static final AwsCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret"));

  private final List<AutoCloseable> clients = new ArrayList<>();

  /** A fresh mocked AWS for a test class; the same configuration both ways. */
  static Moto newMoto() {
    return Moto.builder().config(new MotoConfig(Map.of())).build();
  }

  abstract Moto moto();

  abstract URI endpoint();

  abstract SdkHttpClient httpClient();

  abstract SdkAsyncHttpClient asyncHttpClient();

  @BeforeEach
  void reset() {
    moto().reset();
  }

  @AfterEach
  void closeClients() throws Exception {
    for (AutoCloseable client : clients) {
      client.close();
    }
    clients.clear();
  }

  S3Client s3(AwsCredentialsProvider credentials) {
    return track(
        S3Client.builder()
            .httpClient(httpClient())
            .endpointOverride(endpoint())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(credentials)
            .build());
  }

  S3AsyncClient s3Async() {
    return track(
        S3AsyncClient.builder()
            .httpClient(asyncHttpClient())
            .endpointOverride(endpoint())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(CREDENTIALS)
            .build());
  }

  StsClient sts(AwsCredentialsProvider credentials) {
    return track(
        StsClient.builder()
            .httpClient(httpClient())
            .endpointOverride(endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .build());
  }

  IamClient iam() {
    return track(
        IamClient.builder()
            .httpClient(httpClient())
            .endpointOverride(endpoint())
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(CREDENTIALS)
            .build());
  }

  private <T extends AutoCloseable> T track(T client) {
    clients.add(client);
    return client;
  }

  @Test
  void objects_are_put_got_and_listed_with_the_sdks_default_checksum_trailers() {
    S3Client s3 = s3(CREDENTIALS);
    s3.createBucket(b -> b.bucket("suite"));
    // The SDK's default: aws-chunked with a trailing CRC32 checksum.
    s3.putObject(b -> b.bucket("suite").key("a/1.txt"), RequestBody.fromString("one"));
    s3.putObject(
        b -> b.bucket("suite").key("a/2.txt").checksumAlgorithm(ChecksumAlgorithm.SHA256),
        RequestBody.fromString("two"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("suite").key("a/1.txt")).asUtf8String())
        .isEqualTo("one");
    assertThat(s3.headObject(b -> b.bucket("suite").key("a/2.txt")).contentLength()).isEqualTo(3);
    assertThat(s3.listObjectsV2(b -> b.bucket("suite").prefix("a/")).contents())
        .extracting(S3Object::key)
        .containsExactly("a/1.txt", "a/2.txt");
  }

  @Test
  void a_large_object_streams_both_ways() {
    S3Client s3 = s3(CREDENTIALS);
    s3.createBucket(b -> b.bucket("big"));
    byte[] bytes = new byte[3 * 1024 * 1024 + 17];
    new Random(5).nextBytes(bytes);
    s3.putObject(b -> b.bucket("big").key("blob"), RequestBody.fromBytes(bytes));
    byte[] read =
        s3.getObject(b -> b.bucket("big").key("blob"), ResponseTransformer.toBytes()).asByteArray();
    assertThat(read).isEqualTo(bytes);
    byte[] range =
        s3.getObject(
                b -> b.bucket("big").key("blob").range("bytes=10-19"),
                ResponseTransformer.toBytes())
            .asByteArray();
    assertThat(range).isEqualTo(java.util.Arrays.copyOfRange(bytes, 10, 20));
  }

  @Test
  void a_multipart_upload_completes_into_one_object() {
    S3Client s3 = s3(CREDENTIALS);
    s3.createBucket(b -> b.bucket("parts"));
    String uploadId = s3.createMultipartUpload(b -> b.bucket("parts").key("joined")).uploadId();
    byte[] first = new byte[5 * 1024 * 1024];
    java.util.Arrays.fill(first, (byte) 'x');
    String etag1 =
        s3.uploadPart(
                b -> b.bucket("parts").key("joined").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(first))
            .eTag();
    String etag2 =
        s3.uploadPart(
                b -> b.bucket("parts").key("joined").uploadId(uploadId).partNumber(2),
                RequestBody.fromString("tail"))
            .eTag();
    s3.completeMultipartUpload(
        b ->
            b.bucket("parts")
                .key("joined")
                .uploadId(uploadId)
                .multipartUpload(
                    m ->
                        m.parts(
                            CompletedPart.builder().partNumber(1).eTag(etag1).build(),
                            CompletedPart.builder().partNumber(2).eTag(etag2).build())));
    assertThat(s3.headObject(b -> b.bucket("parts").key("joined")).contentLength())
        .isEqualTo(first.length + 4L);
  }

  @Test
  void the_async_client_puts_and_gets() {
    S3AsyncClient s3 = s3Async();
    s3.createBucket(b -> b.bucket("async")).join();
    s3.putObject(b -> b.bucket("async").key("k"), AsyncRequestBody.fromString("async body")).join();
    String read =
        s3.getObject(b -> b.bucket("async").key("k"), AsyncResponseTransformer.toBytes())
            .join()
            .asString(StandardCharsets.UTF_8);
    assertThat(read).isEqualTo("async body");
    assertThat(s3.headObject(b -> b.bucket("async").key("k")).join().contentLength()).isEqualTo(10);
    assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("missing")).join())
        .hasCauseInstanceOf(NoSuchBucketException.class);
  }

  @Test
  void s3_errors_arrive_as_the_sdks_typed_exceptions() {
    S3Client s3 = s3(CREDENTIALS);
    assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("nope")))
        .isInstanceOf(NoSuchBucketException.class)
        .hasMessageContaining("The specified bucket does not exist");
    s3.createBucket(b -> b.bucket("here"));
    assertThatThrownBy(() -> s3.getObject(b -> b.bucket("here").key("absent")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void assumed_role_credentials_act_in_the_roles_account() {
    StsClient sts = sts(CREDENTIALS);
    assertThat(sts.getCallerIdentity().account()).isEqualTo("123456789012");
    Credentials role =
        sts.assumeRole(
                r -> r.roleArn("arn:aws:iam::111111111111:role/deployer").roleSessionName("ci"))
            .credentials();
    AwsCredentialsProvider inB =
        StaticCredentialsProvider.create(
            AwsSessionCredentials.create(
                role.accessKeyId(), role.secretAccessKey(), role.sessionToken()));
    assertThat(sts(inB).getCallerIdentity().arn())
        .isEqualTo("arn:aws:sts::111111111111:assumed-role/deployer/ci");
    s3(inB).createBucket(b -> b.bucket("owned-by-b"));
    assertThatThrownBy(() -> s3(CREDENTIALS).createBucket(b -> b.bucket("owned-by-b")))
        .isInstanceOf(BucketAlreadyExistsException.class);
    assertThat(s3(CREDENTIALS).listBuckets().buckets()).isEmpty();
  }

  @Test
  void iam_users_are_created_listed_and_missing_ones_are_no_such_entity() {
    IamClient iam = iam();
    iam.createUser(b -> b.userName("alice"));
    assertThat(iam.listUsers().users()).extracting(u -> u.userName()).containsExactly("alice");
    assertThatThrownBy(() -> iam.getUser(b -> b.userName("bob")))
        .isInstanceOf(NoSuchEntityException.class)
        .hasMessageContaining("bob");
  }
}
