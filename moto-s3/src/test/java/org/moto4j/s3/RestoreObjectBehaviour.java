package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.Setting;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.RestoreObjectResponse;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.Tier;

/**
 * RestoreObject through the AWS SDK, run once per addressing style: 202 then 200 for archived
 * objects, {@code x-amz-restore} on HEAD and GET, reads of archived objects before and after, the
 * refusals for other storage classes, versions, and a second account. Restores complete at once
 * (moto4j's default); {@link RestoreDelayTest} covers restores in progress.
 */
abstract class RestoreObjectBehaviour extends TwoAccountFixture {

  static final String BUCKET = "archive";

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  @BeforeEach
  void bucket() {
    s3.createBucket(b -> b.bucket(BUCKET));
  }

  @Test
  void restoring_a_glacier_object_answers_202_then_200_and_head_shows_the_expiry() {
    put("cold", StorageClass.GLACIER);

    RestoreObjectResponse first = restore("cold", 3);
    RestoreObjectResponse again = restore("cold", 5);

    assertThat(first.sdkHttpResponse().statusCode()).isEqualTo(202);
    assertThat(again.sdkHttpResponse().statusCode()).isEqualTo(200);
    HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("cold"));
    assertThat(head.restore())
        .isEqualTo("ongoing-request=\"false\", expiry-date=\"" + expiryIn(5) + "\"");
    assertThat(head.storageClass()).isEqualTo(StorageClass.GLACIER);
  }

  @Test
  void an_archived_object_reads_only_once_restored() {
    put("cold", StorageClass.DEEP_ARCHIVE);
    assertError(
        () -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("cold")),
        403,
        "InvalidObjectState",
        "The operation is not valid for the object's storage class");
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("cold")).restore()).isNull();

    s3.restoreObject(
        b ->
            b.bucket(BUCKET)
                .key("cold")
                .restoreRequest(r -> r.days(1).glacierJobParameters(g -> g.tier(Tier.BULK))));

    var object = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("cold"));
    assertThat(object.asUtf8String()).isEqualTo("archived bytes");
    assertThat(object.response().restore()).startsWith("ongoing-request=\"false\", expiry-date=");
  }

  @Test
  void a_restored_archive_can_be_copied_to_a_standard_object() {
    put("cold", StorageClass.GLACIER);
    assertError(
        () ->
            s3.copyObject(
                b ->
                    b.sourceBucket(BUCKET)
                        .sourceKey("cold")
                        .destinationBucket(BUCKET)
                        .destinationKey("warm")),
        403,
        "InvalidObjectState",
        "Operation is not valid for the source object's storage class");
    restore("cold", 1);

    s3.copyObject(
        b ->
            b.sourceBucket(BUCKET)
                .sourceKey("cold")
                .destinationBucket(BUCKET)
                .destinationKey("warm")
                .storageClass(StorageClass.STANDARD));

    HeadObjectResponse copy = s3.headObject(b -> b.bucket(BUCKET).key("warm"));
    assertThat(copy.restore()).isNull();
    assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("warm")).asUtf8String())
        .isEqualTo("archived bytes");
  }

  @Test
  void tagging_a_restored_object_keeps_its_restore() {
    put("cold", StorageClass.GLACIER);
    restore("cold", 2);

    s3.putObjectTagging(
        b -> b.bucket(BUCKET).key("cold").tagging(t -> t.tagSet(s -> s.key("k").value("v"))));

    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("cold")).restore()).contains(expiryIn(2));
  }

  @Test
  void objects_that_are_not_archived_refuse_a_restore() {
    put("hot", StorageClass.STANDARD);
    put("instant", StorageClass.GLACIER_IR);
    put("tiered", StorageClass.INTELLIGENT_TIERING);

    assertError(
        () -> restore("hot", 1),
        403,
        "InvalidObjectState",
        "Restore is not allowed for the object's current storage class");
    assertError(
        () -> restore("instant", 1),
        403,
        "InvalidObjectState",
        "Restore is not allowed for the object's current storage class");
    assertError(
        () -> restore("tiered", 1),
        403,
        "ObjectAlreadyInActiveTierError",
        "This operation is not allowed against this storage tier.");
  }

  @Test
  void missing_objects_days_and_select_requests_are_refused() {
    assertError(() -> restore("absent", 1), 404, "NoSuchKey", "The specified key does not exist.");
    put("cold", StorageClass.GLACIER);
    assertError(
        () -> s3.restoreObject(b -> b.bucket(BUCKET).key("cold").restoreRequest(r -> r.days(0))),
        400,
        "InvalidArgument",
        "Days must be a positive integer.");
    assertError(
        () ->
            s3.restoreObject(
                b -> b.bucket(BUCKET).key("cold").restoreRequest(r -> r.type("SELECT"))),
        400,
        "InvalidArgument",
        "Select type restore requests (Type SELECT) are not supported.");
    assertThat(s3.headObject(b -> b.bucket(BUCKET).key("cold")).restore()).isNull();
  }

  @Test
  void a_version_of_a_versioned_bucket_is_restored_by_its_id() {
    s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status("Enabled")));
    String archived =
        s3.putObject(
                b -> b.bucket(BUCKET).key("doc").storageClass(StorageClass.GLACIER),
                RequestBody.fromString("old"))
            .versionId();
    s3.putObject(b -> b.bucket(BUCKET).key("doc"), RequestBody.fromString("new"));

    RestoreObjectResponse restored =
        s3.restoreObject(
            b -> b.bucket(BUCKET).key("doc").versionId(archived).restoreRequest(r -> r.days(1)));

    assertThat(restored.sdkHttpResponse().statusCode()).isEqualTo(202);
    assertError(
        () -> s3.restoreObject(b -> b.bucket(BUCKET).key("doc").restoreRequest(r -> r.days(1))),
        403,
        "InvalidObjectState",
        "Restore is not allowed for the object's current storage class");
  }

  @Test
  void another_account_restores_unless_cross_account_access_is_off() {
    put("cold", StorageClass.GLACIER);

    RestoreObjectResponse restored =
        other.restoreObject(b -> b.bucket(BUCKET).key("cold").restoreRequest(r -> r.days(1)));
    assertThat(restored.sdkHttpResponse().statusCode()).isEqualTo(202);
    assertError(
        () ->
            s3.restoreObject(
                b ->
                    b.bucket(BUCKET)
                        .key("cold")
                        .expectedBucketOwner(S3TestServer.ANOTHER_ACCOUNT)
                        .restoreRequest(r -> r.days(1))),
        403,
        "AccessDenied",
        "Access Denied");

    server.moto().config().set(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS, "false");
    assertError(
        () -> other.restoreObject(b -> b.bucket(BUCKET).key("cold").restoreRequest(r -> r.days(1))),
        403,
        "AccessDenied",
        "Access Denied");
  }

  private void put(String key, StorageClass storageClass) {
    s3.putObject(
        b -> b.bucket(BUCKET).key(key).storageClass(storageClass),
        RequestBody.fromString("archived bytes"));
  }

  private RestoreObjectResponse restore(String key, int days) {
    return s3.restoreObject(b -> b.bucket(BUCKET).key(key).restoreRequest(r -> r.days(days)));
  }

  /** The expiry S3 gives a restore done now and kept {@code days}: the next midnight UTC after. */
  private static String expiryIn(int days) {
    ZonedDateTime end = Instant.now().plus(days, ChronoUnit.DAYS).atZone(ZoneOffset.UTC);
    return HTTP_DATE.format(end.truncatedTo(ChronoUnit.DAYS).plusDays(1));
  }
}
