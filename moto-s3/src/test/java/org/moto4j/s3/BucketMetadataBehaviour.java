package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketAbacStatus;
import software.amazon.awssdk.services.s3.model.ExpirationState;
import software.amazon.awssdk.services.s3.model.InventoryConfigurationState;
import software.amazon.awssdk.services.s3.model.MetadataConfiguration;
import software.amazon.awssdk.services.s3.model.S3TablesBucketType;

/**
 * S3 Metadata (V1 and V2 configurations) and ABAC through the AWS SDK, once per addressing style:
 * stored, answered, updated and deleted for the bucket's owner only, checked as S3 checks them.
 */
abstract class BucketMetadataBehaviour extends TwoAccountFixture {

  static final String BUCKET = "described";
  static final String NOT_FOUND = "The specified metadata configuration does not exist.";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  private static MetadataConfiguration journalFor(int days) {
    return MetadataConfiguration.builder()
        .journalTableConfiguration(
            j -> j.recordExpiration(r -> r.expiration(ExpirationState.ENABLED).days(days)))
        .inventoryTableConfiguration(i -> i.configurationState(InventoryConfigurationState.ENABLED))
        .build();
  }

  @Test
  void a_metadata_configuration_is_created_read_updated_and_deleted() {
    assertError(
        () -> s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET)),
        404,
        "MetadataConfigurationNotFound",
        NOT_FOUND);

    s3.createBucketMetadataConfiguration(
        b -> b.bucket(BUCKET).metadataConfiguration(journalFor(7)));
    var result =
        s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET))
            .getBucketMetadataConfigurationResult()
            .metadataConfigurationResult();
    assertThat(result.destinationResult().tableBucketType()).isEqualTo(S3TablesBucketType.AWS);
    assertThat(result.destinationResult().tableBucketArn())
        .isEqualTo("arn:aws:s3tables:us-east-1:123456789012:bucket/aws-s3");
    assertThat(result.destinationResult().tableNamespace()).isEqualTo("b_" + BUCKET);
    assertThat(result.journalTableConfigurationResult().tableStatus()).isEqualTo("ACTIVE");
    assertThat(result.journalTableConfigurationResult().recordExpiration().days()).isEqualTo(7);
    assertThat(result.inventoryTableConfigurationResult().configurationState())
        .isEqualTo(InventoryConfigurationState.ENABLED);

    s3.updateBucketMetadataInventoryTableConfiguration(
        b ->
            b.bucket(BUCKET)
                .inventoryTableConfiguration(
                    i -> i.configurationState(InventoryConfigurationState.DISABLED)));
    s3.updateBucketMetadataJournalTableConfiguration(
        b ->
            b.bucket(BUCKET)
                .journalTableConfiguration(
                    j -> j.recordExpiration(r -> r.expiration(ExpirationState.DISABLED))));
    var updated =
        s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET))
            .getBucketMetadataConfigurationResult()
            .metadataConfigurationResult();
    assertThat(updated.inventoryTableConfigurationResult().configurationState())
        .isEqualTo(InventoryConfigurationState.DISABLED);
    assertThat(updated.journalTableConfigurationResult().recordExpiration().expiration())
        .isEqualTo(ExpirationState.DISABLED);

    s3.deleteBucketMetadataConfiguration(b -> b.bucket(BUCKET));
    assertError(
        () -> s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET)),
        404,
        "MetadataConfigurationNotFound",
        NOT_FOUND);
  }

  @Test
  void a_bucket_has_one_metadata_configuration_and_refuses_a_short_journal_expiration() {
    assertError(
        () ->
            s3.createBucketMetadataConfiguration(
                b -> b.bucket(BUCKET).metadataConfiguration(journalFor(3))),
        400,
        "InvalidArgument",
        "Days must be at least 7 when Expiration is ENABLED");
    s3.createBucketMetadataConfiguration(
        b -> b.bucket(BUCKET).metadataConfiguration(journalFor(30)));

    assertError(
        () ->
            s3.createBucketMetadataConfiguration(
                b -> b.bucket(BUCKET).metadataConfiguration(journalFor(30))),
        400,
        "InvalidRequest",
        "The bucket already has a metadata configuration.");
    assertThat(
            s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET))
                .getBucketMetadataConfigurationResult()
                .metadataConfigurationResult()
                .journalTableConfigurationResult()
                .recordExpiration()
                .days())
        .isEqualTo(30);
  }

  @Test
  void updating_a_bucket_without_a_metadata_configuration_answers_not_found() {
    assertError(
        () ->
            s3.updateBucketMetadataInventoryTableConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .inventoryTableConfiguration(
                            i -> i.configurationState(InventoryConfigurationState.ENABLED))),
        404,
        "MetadataConfigurationNotFound",
        NOT_FOUND);
  }

  @Test
  void a_v1_table_configuration_reports_the_missing_table_bucket_and_v1_calls_refuse_v2() {
    String arn = "arn:aws:s3tables:us-east-1:123456789012:bucket/analytics";
    s3.createBucketMetadataTableConfiguration(
        b ->
            b.bucket(BUCKET)
                .metadataTableConfiguration(
                    c -> c.s3TablesDestination(d -> d.tableBucketArn(arn).tableName("objects"))));

    var v1 =
        s3.getBucketMetadataTableConfiguration(b -> b.bucket(BUCKET))
            .getBucketMetadataTableConfigurationResult();
    assertThat(v1.status()).isEqualTo("FAILED");
    assertThat(v1.error().errorCode()).isEqualTo("NoSuchTableBucket");
    assertThat(v1.metadataTableConfigurationResult().s3TablesDestinationResult().tableName())
        .isEqualTo("objects");
    assertThat(
            s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET))
                .getBucketMetadataConfigurationResult()
                .metadataConfigurationResult()
                .destinationResult()
                .tableBucketArn())
        .isEqualTo(arn);

    s3.deleteBucketMetadataTableConfiguration(b -> b.bucket(BUCKET));
    s3.createBucketMetadataConfiguration(
        b -> b.bucket(BUCKET).metadataConfiguration(journalFor(7)));
    assertThatStatus(() -> s3.getBucketMetadataTableConfiguration(b -> b.bucket(BUCKET)), 405);
  }

  @Test
  void a_v1_table_configuration_needs_a_table_bucket_arn() {
    assertError(
        () ->
            s3.createBucketMetadataTableConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .metadataTableConfiguration(
                            c ->
                                c.s3TablesDestination(
                                    d -> d.tableBucketArn("not-an-arn").tableName("objects")))),
        400,
        "InvalidArgument",
        "Invalid S3 Tables table bucket ARN");
  }

  @Test
  void abac_is_disabled_until_enabled() {
    assertThat(s3.getBucketAbac(b -> b.bucket(BUCKET)).abacStatus().status())
        .isEqualTo(BucketAbacStatus.DISABLED);

    s3.putBucketAbac(b -> b.bucket(BUCKET).abacStatus(a -> a.status(BucketAbacStatus.ENABLED)));

    assertThat(s3.getBucketAbac(b -> b.bucket(BUCKET)).abacStatus().status())
        .isEqualTo(BucketAbacStatus.ENABLED);
  }

  @Test
  void another_account_cannot_reach_the_metadata_or_abac_of_a_bucket() {
    s3.createBucketMetadataConfiguration(
        b -> b.bucket(BUCKET).metadataConfiguration(journalFor(7)));

    assertError(
        () -> other.getBucketMetadataConfiguration(b -> b.bucket(BUCKET)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.deleteBucketMetadataConfiguration(b -> b.bucket(BUCKET)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () ->
            other.putBucketAbac(
                b -> b.bucket(BUCKET).abacStatus(a -> a.status(BucketAbacStatus.ENABLED))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.getBucketMetadataConfiguration(b -> b.bucket(BUCKET))).isNotNull();
  }

  private static void assertThatStatus(Runnable call, int status) {
    org.assertj.core.api.Assertions.assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.s3.model.S3Exception.class,
            e -> assertThat(e.statusCode()).isEqualTo(status));
  }
}
