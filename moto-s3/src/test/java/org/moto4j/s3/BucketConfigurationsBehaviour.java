package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLifecycleConfiguration;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.GetBucketLoggingResponse;
import software.amazon.awssdk.services.s3.model.LifecycleRule;
import software.amazon.awssdk.services.s3.model.Payer;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * The stored bucket configurations through the AWS SDK, run once per addressing style: lifecycle,
 * default encryption and logging, each put, read back, checked as S3 checks it and deleted; and for
 * every configuration, that other accounts cannot reach it and that it goes with its bucket.
 * Notifications, accelerate, request payment and website: {@link
 * BucketEndpointConfigurationsBehaviour}.
 */
abstract class BucketConfigurationsBehaviour extends TwoAccountFixture {

  static final String BUCKET = "configured";
  static final String MALFORMED =
      "The XML you provided was not well-formed or did not validate against our published schema";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void a_lifecycle_is_put_read_back_and_deleted() {
    assertError(
        () -> s3.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET)),
        404,
        "NoSuchLifecycleConfiguration",
        "The lifecycle configuration does not exist");
    LifecycleRule logs = expireAfter("logs", "logs/", 30);
    LifecycleRule uploads =
        LifecycleRule.builder()
            .id("uploads")
            .filter(f -> f.prefix(""))
            .status(ExpirationStatus.DISABLED)
            .abortIncompleteMultipartUpload(a -> a.daysAfterInitiation(7))
            .build();
    s3.putBucketLifecycleConfiguration(
        b -> b.bucket(BUCKET).lifecycleConfiguration(c -> c.rules(logs, uploads)));
    var read = s3.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET));
    assertThat(read.rules()).containsExactly(logs, uploads);
    assertThat(read.transitionDefaultMinimumObjectSizeAsString())
        .isEqualTo("all_storage_classes_128K");

    s3.deleteBucketLifecycle(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET)),
        404,
        "NoSuchLifecycleConfiguration",
        "The lifecycle configuration does not exist");
  }

  @Test
  void lifecycle_rules_are_checked_as_s3_checks_them_and_a_refusal_changes_nothing() {
    LifecycleRule kept = expireAfter("kept", "a/", 1);
    s3.putBucketLifecycleConfiguration(
        b -> b.bucket(BUCKET).lifecycleConfiguration(c -> c.rules(kept)));

    assertLifecycleRefused(
        List.of(expireAfter("k".repeat(256), "a/", 1)),
        "InvalidArgument",
        "ID length should not exceed allowed limit of 255");
    assertLifecycleRefused(
        List.of(expireAfter("same", "a/", 1), expireAfter("same", "b/", 1)),
        "InvalidArgument",
        "Rule ID must be unique. Found same ID for more than one rule");
    assertLifecycleRefused(
        List.of(
            LifecycleRule.builder().id("idle").filter(f -> f.prefix("")).status("Enabled").build()),
        "InvalidRequest",
        "At least one action needs to be specified in a rule");
    assertLifecycleRefused(
        List.of(expireAfter("never", "a/", 0)),
        "InvalidArgument",
        "'Days' for Expiration action must be a positive integer");
    assertLifecycleRefused(
        List.of(expireAfter("odd", "a/", 1).toBuilder().status("Sometimes").build()),
        "MalformedXML",
        MALFORMED);
    assertLifecycleRefused(
        List.of(expireAfter("both", "a/", 1).toBuilder().prefix("b/").build()),
        "MalformedXML",
        MALFORMED);
    List<LifecycleRule> tooMany = new ArrayList<>();
    for (int i = 0; i <= 1000; i++) {
      tooMany.add(expireAfter("rule-" + i, "p" + i + "/", 1));
    }
    assertLifecycleRefused(tooMany, "MalformedXML", MALFORMED);

    assertThat(s3.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET)).rules())
        .containsExactly(kept);
  }

  @Test
  void every_bucket_has_sse_s3_by_default_and_a_kms_default_applies_to_new_objects() {
    ServerSideEncryptionRule byDefault =
        s3.getBucketEncryption(b -> b.bucket(BUCKET))
            .serverSideEncryptionConfiguration()
            .rules()
            .get(0);
    assertThat(byDefault.applyServerSideEncryptionByDefault().sseAlgorithm())
        .isEqualTo(ServerSideEncryption.AES256);
    assertThat(byDefault.bucketKeyEnabled()).isFalse();

    s3.putBucketEncryption(
        b ->
            b.bucket(BUCKET)
                .serverSideEncryptionConfiguration(
                    c ->
                        c.rules(
                            r ->
                                r.bucketKeyEnabled(true)
                                    .applyServerSideEncryptionByDefault(
                                        d ->
                                            d.sseAlgorithm(ServerSideEncryption.AWS_KMS)
                                                .kmsMasterKeyID("my-key")))));
    ServerSideEncryptionRule kms =
        s3.getBucketEncryption(b -> b.bucket(BUCKET))
            .serverSideEncryptionConfiguration()
            .rules()
            .get(0);
    assertThat(kms.applyServerSideEncryptionByDefault().kmsMasterKeyID()).isEqualTo("my-key");
    assertThat(kms.bucketKeyEnabled()).isTrue();

    PutObjectResponse put =
        s3.putObject(b -> b.bucket(BUCKET).key("secret"), RequestBody.fromString("x"));
    assertThat(put.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
    assertThat(put.ssekmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:123456789012:key/my-key");
    assertThat(put.bucketKeyEnabled()).isTrue();
    var head = s3.headObject(b -> b.bucket(BUCKET).key("secret"));
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);

    PutObjectResponse named =
        s3.putObject(
            b -> b.bucket(BUCKET).key("plain").serverSideEncryption(ServerSideEncryption.AES256),
            RequestBody.fromString("x"));
    assertThat(named.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);

    s3.deleteBucketEncryption(b -> b.bucket(BUCKET));
    assertThat(
            s3.getBucketEncryption(b -> b.bucket(BUCKET))
                .serverSideEncryptionConfiguration()
                .rules()
                .get(0)
                .applyServerSideEncryptionByDefault()
                .sseAlgorithm())
        .isEqualTo(ServerSideEncryption.AES256);
    assertThat(
            s3.putObject(b -> b.bucket(BUCKET).key("later"), RequestBody.fromString("x"))
                .serverSideEncryption())
        .isEqualTo(ServerSideEncryption.AES256);
  }

  @Test
  void an_sse_s3_default_with_a_kms_key_is_InvalidArgument() {
    assertError(
        () ->
            s3.putBucketEncryption(
                b ->
                    b.bucket(BUCKET)
                        .serverSideEncryptionConfiguration(
                            c ->
                                c.rules(
                                    r ->
                                        r.applyServerSideEncryptionByDefault(
                                            d ->
                                                d.sseAlgorithm(ServerSideEncryption.AES256)
                                                    .kmsMasterKeyID("k"))))),
        400,
        "InvalidArgument",
        "a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or"
            + " aws:kms:dsse");
  }

  @Test
  void logging_targets_a_bucket_of_the_same_account_and_region() {
    assertThat(s3.getBucketLogging(b -> b.bucket(BUCKET)).loggingEnabled()).isNull();
    s3.createBucket(b -> b.bucket("logs"));
    s3.putBucketLogging(
        b ->
            b.bucket(BUCKET)
                .bucketLoggingStatus(
                    s -> s.loggingEnabled(l -> l.targetBucket("logs").targetPrefix("access/"))));
    GetBucketLoggingResponse logging = s3.getBucketLogging(b -> b.bucket(BUCKET));
    assertThat(logging.loggingEnabled().targetBucket()).isEqualTo("logs");
    assertThat(logging.loggingEnabled().targetPrefix()).isEqualTo("access/");

    assertError(
        () -> logTo("no-such-bucket"),
        400,
        "InvalidTargetBucketForLogging",
        "The target bucket for logging does not exist");
    other.createBucket(b -> b.bucket("their-logs"));
    assertError(
        () -> logTo("their-logs"),
        400,
        "InvalidTargetBucketForLogging",
        "The owner for the bucket to be logged and the target bucket must be the same.");
    S3Client ireland = S3TestServer.client(server, style(), "eu-west-1", null);
    ireland.createBucket(b -> b.bucket("irish-logs"));
    ireland.close();
    assertError(
        () -> logTo("irish-logs"),
        403,
        "CrossLocationLoggingProhibitted",
        "Cross S3 location logging not allowed. ");
    assertThat(s3.getBucketLogging(b -> b.bucket(BUCKET)).loggingEnabled().targetBucket())
        .isEqualTo("logs");

    s3.putBucketLogging(
        b ->
            b.bucket(BUCKET)
                .bucketLoggingStatus(
                    s ->
                        s.loggingEnabled(
                            (software.amazon.awssdk.services.s3.model.LoggingEnabled) null)));
    assertThat(s3.getBucketLogging(b -> b.bucket(BUCKET)).loggingEnabled()).isNull();
  }

  @Test
  void another_account_can_neither_read_nor_write_a_buckets_configurations() {
    s3.putBucketRequestPayment(
        b -> b.bucket(BUCKET).requestPaymentConfiguration(c -> c.payer(Payer.REQUESTER)));
    List<Runnable> calls =
        List.of(
            () -> other.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET)),
            () -> other.deleteBucketLifecycle(b -> b.bucket(BUCKET)),
            () -> other.getBucketEncryption(b -> b.bucket(BUCKET)),
            () -> other.getBucketLogging(b -> b.bucket(BUCKET)),
            () -> other.getBucketNotificationConfiguration(b -> b.bucket(BUCKET)),
            () -> other.getBucketAccelerateConfiguration(b -> b.bucket(BUCKET)),
            () -> other.getBucketRequestPayment(b -> b.bucket(BUCKET)),
            () ->
                other.putBucketRequestPayment(
                    b ->
                        b.bucket(BUCKET)
                            .requestPaymentConfiguration(c -> c.payer(Payer.BUCKET_OWNER))),
            () -> other.getBucketWebsite(b -> b.bucket(BUCKET)),
            () -> other.deleteBucketWebsite(b -> b.bucket(BUCKET)));
    calls.forEach(call -> assertError(call, 403, "AccessDenied", "Access Denied"));
    assertThat(s3.getBucketRequestPayment(b -> b.bucket(BUCKET)).payer())
        .isEqualTo(Payer.REQUESTER);
  }

  @Test
  void configurations_go_with_the_bucket_and_with_a_reset_of_its_account() {
    s3.putBucketWebsite(
        b -> b.bucket(BUCKET).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("i.html"))));
    s3.deleteBucket(b -> b.bucket(BUCKET));
    s3.createBucket(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketWebsite(b -> b.bucket(BUCKET)),
        404,
        "NoSuchWebsiteConfiguration",
        "The specified bucket does not have a website configuration");

    s3.putBucketLifecycleConfiguration(
        b -> b.bucket(BUCKET).lifecycleConfiguration(c -> c.rules(expireAfter("r", "", 1))));
    server.moto().reset(AccountId.DEFAULT);
    s3.createBucket(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketLifecycleConfiguration(b -> b.bucket(BUCKET)),
        404,
        "NoSuchLifecycleConfiguration",
        "The lifecycle configuration does not exist");
  }

  private void logTo(String target) {
    s3.putBucketLogging(
        b ->
            b.bucket(BUCKET)
                .bucketLoggingStatus(
                    s -> s.loggingEnabled(l -> l.targetBucket(target).targetPrefix("x/"))));
  }

  private void assertLifecycleRefused(List<LifecycleRule> rules, String code, String message) {
    assertError(
        () ->
            s3.putBucketLifecycleConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .lifecycleConfiguration(
                            BucketLifecycleConfiguration.builder().rules(rules).build())),
        400,
        code,
        message);
  }

  static LifecycleRule expireAfter(String id, String prefix, int days) {
    return LifecycleRule.builder()
        .id(id)
        .filter(f -> f.prefix(prefix))
        .status(ExpirationStatus.ENABLED)
        .expiration(e -> e.days(days))
        .build();
  }
}
