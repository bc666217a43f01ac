package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;
import static org.moto4j.s3.BucketConfigurationsBehaviour.MALFORMED;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketAccelerateStatus;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.Payer;
import software.amazon.awssdk.services.s3.model.WebsiteConfiguration;

/**
 * The configurations of how a bucket's endpoint behaves, through the AWS SDK, run once per
 * addressing style: event notifications, transfer acceleration, request payment and website; each
 * put, read back (or S3's default), checked as S3 checks it.
 */
abstract class BucketEndpointConfigurationsBehaviour extends TwoAccountFixture {

  static final String BUCKET = "configured";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void notifications_are_stored_with_an_id_s3_gives_them() {
    assertThat(s3.getBucketNotificationConfiguration(b -> b.bucket(BUCKET)).queueConfigurations())
        .isEmpty();
    String queue = "arn:aws:sqs:us-east-1:123456789012:uploads";
    String topic = "arn:aws:sns:us-east-1:123456789012:deletes";
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket(BUCKET)
                .notificationConfiguration(
                    n ->
                        n.queueConfigurations(
                                q ->
                                    q.id("new-uploads")
                                        .queueArn(queue)
                                        .events(Event.S3_OBJECT_CREATED))
                            .topicConfigurations(
                                t -> t.topicArn(topic).events(Event.S3_OBJECT_REMOVED))
                            .eventBridgeConfiguration(e -> {})));
    GetBucketNotificationConfigurationResponse read =
        s3.getBucketNotificationConfiguration(b -> b.bucket(BUCKET));
    assertThat(read.queueConfigurations().get(0).id()).isEqualTo("new-uploads");
    assertThat(read.queueConfigurations().get(0).queueArn()).isEqualTo(queue);
    assertThat(read.queueConfigurations().get(0).events()).containsExactly(Event.S3_OBJECT_CREATED);
    assertThat(read.topicConfigurations().get(0).id()).isNotBlank();
    assertThat(read.topicConfigurations().get(0).topicArn()).isEqualTo(topic);
    assertThat(read.eventBridgeConfiguration()).isNotNull();

    assertError(
        () ->
            s3.putBucketNotificationConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .notificationConfiguration(
                            n ->
                                n.queueConfigurations(
                                    q -> q.queueArn("uploads").eventsWithStrings("s3:*")))),
        400,
        "InvalidArgument",
        "The ARN is not well formed");
    assertError(
        () ->
            s3.putBucketNotificationConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .notificationConfiguration(
                            n ->
                                n.queueConfigurations(
                                    q -> q.queueArn(queue).eventsWithStrings("sqs:Send")))),
        400,
        "InvalidArgument",
        "The event is not supported for notifications");

    s3.putBucketNotificationConfiguration(b -> b.bucket(BUCKET).notificationConfiguration(n -> {}));
    assertThat(s3.getBucketNotificationConfiguration(b -> b.bucket(BUCKET)).queueConfigurations())
        .isEmpty();
  }

  @Test
  void accelerate_is_enabled_or_suspended_and_refused_for_names_with_dots() {
    assertThat(s3.getBucketAccelerateConfiguration(b -> b.bucket(BUCKET)).status()).isNull();
    s3.putBucketAccelerateConfiguration(
        b ->
            b.bucket(BUCKET)
                .accelerateConfiguration(c -> c.status(BucketAccelerateStatus.ENABLED)));
    assertThat(s3.getBucketAccelerateConfiguration(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketAccelerateStatus.ENABLED);
    s3.putBucketAccelerateConfiguration(
        b ->
            b.bucket(BUCKET)
                .accelerateConfiguration(c -> c.status(BucketAccelerateStatus.SUSPENDED)));
    assertThat(s3.getBucketAccelerateConfiguration(b -> b.bucket(BUCKET)).status())
        .isEqualTo(BucketAccelerateStatus.SUSPENDED);

    s3.createBucket(b -> b.bucket("with.dots"));
    assertError(
        () ->
            s3.putBucketAccelerateConfiguration(
                b ->
                    b.bucket("with.dots")
                        .accelerateConfiguration(c -> c.status(BucketAccelerateStatus.ENABLED))),
        400,
        "InvalidRequest",
        "S3 Transfer Acceleration is not supported for buckets with periods (.) in their names");
  }

  @Test
  void request_payment_is_the_bucket_owners_until_set_to_the_requester() {
    assertThat(s3.getBucketRequestPayment(b -> b.bucket(BUCKET)).payer())
        .isEqualTo(Payer.BUCKET_OWNER);
    s3.putBucketRequestPayment(
        b -> b.bucket(BUCKET).requestPaymentConfiguration(c -> c.payer(Payer.REQUESTER)));
    assertThat(s3.getBucketRequestPayment(b -> b.bucket(BUCKET)).payer())
        .isEqualTo(Payer.REQUESTER);
    assertError(
        () ->
            s3.putBucketRequestPayment(
                b -> b.bucket(BUCKET).requestPaymentConfiguration(c -> c.payer("Nobody"))),
        400,
        "MalformedXML",
        MALFORMED);
  }

  @Test
  void a_website_is_put_read_back_and_deleted() {
    assertError(
        () -> s3.getBucketWebsite(b -> b.bucket(BUCKET)),
        404,
        "NoSuchWebsiteConfiguration",
        "The specified bucket does not have a website configuration");
    WebsiteConfiguration site =
        WebsiteConfiguration.builder()
            .indexDocument(i -> i.suffix("index.html"))
            .errorDocument(e -> e.key("error.html"))
            .routingRules(
                r ->
                    r.condition(c -> c.keyPrefixEquals("docs/"))
                        .redirect(d -> d.replaceKeyPrefixWith("documents/")))
            .build();
    s3.putBucketWebsite(b -> b.bucket(BUCKET).websiteConfiguration(site));
    var read = s3.getBucketWebsite(b -> b.bucket(BUCKET));
    assertThat(read.indexDocument().suffix()).isEqualTo("index.html");
    assertThat(read.errorDocument().key()).isEqualTo("error.html");
    assertThat(read.routingRules()).isEqualTo(site.routingRules());

    assertError(
        () ->
            s3.putBucketWebsite(
                b -> b.bucket(BUCKET).websiteConfiguration(w -> w.errorDocument(e -> e.key("e")))),
        400,
        "InvalidArgument",
        "A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty");
    assertError(
        () ->
            s3.putBucketWebsite(
                b ->
                    b.bucket(BUCKET)
                        .websiteConfiguration(w -> w.indexDocument(i -> i.suffix("a/index.html")))),
        400,
        "InvalidArgument",
        "The IndexDocument Suffix is not well formed");

    s3.deleteBucketWebsite(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketWebsite(b -> b.bucket(BUCKET)),
        404,
        "NoSuchWebsiteConfiguration",
        "The specified bucket does not have a website configuration");
  }
}
