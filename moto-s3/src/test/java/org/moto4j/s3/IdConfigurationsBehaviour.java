package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.AnalyticsConfiguration;
import software.amazon.awssdk.services.s3.model.IntelligentTieringAccessTier;
import software.amazon.awssdk.services.s3.model.IntelligentTieringConfiguration;
import software.amazon.awssdk.services.s3.model.IntelligentTieringStatus;
import software.amazon.awssdk.services.s3.model.InventoryConfiguration;
import software.amazon.awssdk.services.s3.model.InventoryFormat;
import software.amazon.awssdk.services.s3.model.InventoryFrequency;
import software.amazon.awssdk.services.s3.model.InventoryIncludedObjectVersions;
import software.amazon.awssdk.services.s3.model.ListBucketMetricsConfigurationsResponse;
import software.amazon.awssdk.services.s3.model.MetricsConfiguration;

/**
 * The configurations a bucket keeps by id (analytics, metrics, inventory, intelligent tiering)
 * through the AWS SDK, run once per addressing style: Put, Get, Delete, and List 100 at a time with
 * continuation tokens.
 */
abstract class IdConfigurationsBehaviour extends TwoAccountFixture {

  static final String BUCKET = "measured";
  static final String NO_SUCH = "The specified configuration does not exist.";

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void metrics_configurations_are_put_read_listed_and_deleted() {
    assertThat(s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET)).metricsConfigurationList())
        .isEmpty();
    MetricsConfiguration all = MetricsConfiguration.builder().id("all").build();
    MetricsConfiguration docs =
        MetricsConfiguration.builder().id("docs").filter(f -> f.prefix("docs/")).build();
    s3.putBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("docs").metricsConfiguration(docs));
    s3.putBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("all").metricsConfiguration(all));
    assertThat(
            s3.getBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("docs"))
                .metricsConfiguration())
        .isEqualTo(docs);
    ListBucketMetricsConfigurationsResponse list =
        s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET));
    assertThat(list.metricsConfigurationList()).containsExactly(all, docs);
    assertThat(list.isTruncated()).isFalse();

    s3.deleteBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("all"));
    assertError(
        () -> s3.getBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("all")),
        404,
        "NoSuchConfiguration",
        NO_SUCH);
    assertError(
        () -> s3.deleteBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("all")),
        404,
        "NoSuchConfiguration",
        NO_SUCH);
  }

  @Test
  void a_listing_pages_100_at_a_time_with_continuation_tokens() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      String id = String.format("m-%03d", i);
      ids.add(id);
      s3.putBucketMetricsConfiguration(
          b -> b.bucket(BUCKET).id(id).metricsConfiguration(m -> m.id(id)));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      String from = token;
      ListBucketMetricsConfigurationsResponse page =
          s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET).continuationToken(from));
      assertThat(page.continuationToken()).isEqualTo(from);
      page.metricsConfigurationList().forEach(m -> seen.add(m.id()));
      token = page.isTruncated() ? page.nextContinuationToken() : null;
      pages++;
    } while (token != null);
    assertThat(pages).isEqualTo(2);
    assertThat(seen).isEqualTo(ids);
    assertError(
        () -> s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET).continuationToken("!!")),
        400,
        "InvalidArgument",
        "The continuation token provided is incorrect");
  }

  @Test
  void a_body_id_other_than_the_uri_id_or_an_invalid_id_is_InvalidArgument() {
    assertError(
        () ->
            s3.putBucketMetricsConfiguration(
                b -> b.bucket(BUCKET).id("one").metricsConfiguration(m -> m.id("two"))),
        400,
        "InvalidArgument",
        "The Id of the configuration does not match the id of the request.");
    assertError(
        () ->
            s3.putBucketMetricsConfiguration(
                b -> b.bucket(BUCKET).id("sp ace").metricsConfiguration(m -> m.id("sp ace"))),
        400,
        "InvalidArgument",
        "The configuration ID must be 1 to 64 letters, digits, periods, dashes or underscores.");
    assertThat(s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET)).metricsConfigurationList())
        .isEmpty();
  }

  @Test
  void analytics_inventory_and_intelligent_tiering_configurations_round_trip() {
    AnalyticsConfiguration analytics =
        AnalyticsConfiguration.builder()
            .id("usage")
            .filter(f -> f.prefix("data/"))
            .storageClassAnalysis(
                s ->
                    s.dataExport(
                        d ->
                            d.outputSchemaVersion("V_1")
                                .destination(
                                    t ->
                                        t.s3BucketDestination(
                                            x ->
                                                x.bucket("arn:aws:s3:::reports")
                                                    .format("CSV")
                                                    .prefix("analytics/")))))
            .build();
    s3.putBucketAnalyticsConfiguration(
        b -> b.bucket(BUCKET).id("usage").analyticsConfiguration(analytics));
    assertThat(
            s3.getBucketAnalyticsConfiguration(b -> b.bucket(BUCKET).id("usage"))
                .analyticsConfiguration())
        .isEqualTo(analytics);
    assertThat(
            s3.listBucketAnalyticsConfigurations(b -> b.bucket(BUCKET))
                .analyticsConfigurationList())
        .containsExactly(analytics);

    InventoryConfiguration inventory =
        InventoryConfiguration.builder()
            .id("weekly")
            .isEnabled(true)
            .includedObjectVersions(InventoryIncludedObjectVersions.CURRENT)
            .schedule(s -> s.frequency(InventoryFrequency.WEEKLY))
            .destination(
                d ->
                    d.s3BucketDestination(
                        x -> x.bucket("arn:aws:s3:::reports").format(InventoryFormat.PARQUET)))
            .optionalFieldsWithStrings("Size", "ETag")
            .build();
    s3.putBucketInventoryConfiguration(
        b -> b.bucket(BUCKET).id("weekly").inventoryConfiguration(inventory));
    assertThat(
            s3.getBucketInventoryConfiguration(b -> b.bucket(BUCKET).id("weekly"))
                .inventoryConfiguration())
        .isEqualTo(inventory);
    assertThat(
            s3.listBucketInventoryConfigurations(b -> b.bucket(BUCKET))
                .inventoryConfigurationList())
        .containsExactly(inventory);
    assertError(
        () ->
            s3.putBucketInventoryConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .id("bad")
                        .inventoryConfiguration(
                            inventory.toBuilder()
                                .id("bad")
                                .schedule(s -> s.frequency("Hourly"))
                                .build())),
        400,
        "MalformedXML",
        BucketConfigurationsBehaviour.MALFORMED);

    IntelligentTieringConfiguration tiering =
        IntelligentTieringConfiguration.builder()
            .id("archive")
            .status(IntelligentTieringStatus.ENABLED)
            .tierings(t -> t.accessTier(IntelligentTieringAccessTier.ARCHIVE_ACCESS).days(90))
            .build();
    s3.putBucketIntelligentTieringConfiguration(
        b -> b.bucket(BUCKET).id("archive").intelligentTieringConfiguration(tiering));
    assertThat(
            s3.getBucketIntelligentTieringConfiguration(b -> b.bucket(BUCKET).id("archive"))
                .intelligentTieringConfiguration())
        .isEqualTo(tiering);
    assertThat(
            s3.listBucketIntelligentTieringConfigurations(b -> b.bucket(BUCKET))
                .intelligentTieringConfigurationList())
        .containsExactly(tiering);
    assertError(
        () ->
            s3.putBucketIntelligentTieringConfiguration(
                b ->
                    b.bucket(BUCKET)
                        .id("soon")
                        .intelligentTieringConfiguration(
                            tiering.toBuilder()
                                .id("soon")
                                .tierings(
                                    t ->
                                        t.accessTier(IntelligentTieringAccessTier.ARCHIVE_ACCESS)
                                            .days(30))
                                .build())),
        400,
        "InvalidArgument",
        "The ARCHIVE_ACCESS tier days must be between 90 and 730 days inclusive.");
    s3.deleteBucketIntelligentTieringConfiguration(b -> b.bucket(BUCKET).id("archive"));
    s3.deleteBucketInventoryConfiguration(b -> b.bucket(BUCKET).id("weekly"));
    s3.deleteBucketAnalyticsConfiguration(b -> b.bucket(BUCKET).id("usage"));
    assertThat(
            s3.listBucketAnalyticsConfigurations(b -> b.bucket(BUCKET))
                .analyticsConfigurationList())
        .isEmpty();
  }

  @Test
  void another_accounts_bucket_is_AccessDenied_and_a_missing_one_NoSuchBucket() {
    s3.putBucketMetricsConfiguration(
        b -> b.bucket(BUCKET).id("all").metricsConfiguration(m -> m.id("all")));
    assertError(
        () -> other.listBucketMetricsConfigurations(b -> b.bucket(BUCKET)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.deleteBucketMetricsConfiguration(b -> b.bucket(BUCKET).id("all")),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> s3.listBucketInventoryConfigurations(b -> b.bucket("no-such-bucket")),
        404,
        "NoSuchBucket",
        "The specified bucket does not exist");
    assertThat(s3.listBucketMetricsConfigurations(b -> b.bucket(BUCKET)).metricsConfigurationList())
        .hasSize(1);
  }
}
