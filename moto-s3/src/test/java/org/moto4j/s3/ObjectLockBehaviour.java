package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Object Lock through the AWS SDK, run once per addressing style: the bucket's configuration and
 * default retention, a version's retention and legal hold, and what they refuse. Deletes, lock
 * headers on writes and other accounts: {@link ObjectLockWritesBehaviour}.
 */
abstract class ObjectLockBehaviour extends TwoAccountFixture {

  static final String LOCKED = "locked";
  static final String PLAIN = "plain";
  static final String MALFORMED =
      "The XML you provided was not well-formed or did not validate against our published schema";
  static final String PROTECTED = "Access Denied because object protected by object lock.";

  @BeforeEach
  void buckets() {
    s3.createBucket(b -> b.bucket(LOCKED).objectLockEnabledForBucket(true));
    s3.createBucket(b -> b.bucket(PLAIN));
  }

  @Test
  void a_bucket_created_with_object_lock_has_it_enabled_and_versioning_on() {
    assertThat(s3.getBucketVersioning(b -> b.bucket(LOCKED)).status())
        .isEqualTo(BucketVersioningStatus.ENABLED);
    ObjectLockConfiguration configuration =
        s3.getObjectLockConfiguration(b -> b.bucket(LOCKED)).objectLockConfiguration();
    assertThat(configuration.objectLockEnabled()).isEqualTo(ObjectLockEnabled.ENABLED);
    assertThat(configuration.rule()).isNull();
    PutObjectResponse put =
        s3.putObject(b -> b.bucket(LOCKED).key("k"), RequestBody.fromString("x"));
    assertThat(put.versionId()).isNotNull();
  }

  @Test
  void the_versioning_of_an_object_lock_bucket_cannot_be_suspended() {
    assertError(
        () ->
            s3.putBucketVersioning(
                b ->
                    b.bucket(LOCKED)
                        .versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED))),
        409,
        "InvalidBucketState",
        "An Object Lock configuration is present on this bucket, so the versioning state cannot be"
            + " changed.");
    s3.putBucketVersioning(
        b ->
            b.bucket(LOCKED)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    assertThat(s3.getBucketVersioning(b -> b.bucket(LOCKED)).status())
        .isEqualTo(BucketVersioningStatus.ENABLED);
  }

  @Test
  void a_bucket_without_object_lock_has_no_configuration() {
    assertError(
        () -> s3.getObjectLockConfiguration(b -> b.bucket(PLAIN)),
        404,
        "ObjectLockConfigurationNotFoundError",
        "Object Lock configuration does not exist for this bucket");
  }

  @Test
  void object_lock_is_enabled_on_an_existing_bucket_only_once_its_versioning_is_enabled() {
    assertError(
        () ->
            s3.putObjectLockConfiguration(
                b ->
                    b.bucket(PLAIN)
                        .objectLockConfiguration(
                            c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED))),
        409,
        "InvalidBucketState",
        "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
    assertError(
        () -> s3.getObjectLockConfiguration(b -> b.bucket(PLAIN)),
        404,
        "ObjectLockConfigurationNotFoundError",
        "Object Lock configuration does not exist for this bucket");

    s3.putBucketVersioning(
        b ->
            b.bucket(PLAIN).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    s3.putObjectLockConfiguration(
        b ->
            b.bucket(PLAIN)
                .objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)));
    assertThat(
            s3.getObjectLockConfiguration(b -> b.bucket(PLAIN))
                .objectLockConfiguration()
                .objectLockEnabled())
        .isEqualTo(ObjectLockEnabled.ENABLED);
  }

  @Test
  void a_default_retention_is_read_back_and_given_to_every_new_version() {
    putDefault(ObjectLockRetentionMode.GOVERNANCE, 1, null);
    var rule =
        s3.getObjectLockConfiguration(b -> b.bucket(LOCKED)).objectLockConfiguration().rule();
    assertThat(rule.defaultRetention().mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
    assertThat(rule.defaultRetention().days()).isEqualTo(1);
    assertThat(rule.defaultRetention().years()).isNull();

    s3.putObject(b -> b.bucket(LOCKED).key("k"), RequestBody.fromString("x"));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(LOCKED).key("k"));
    assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
    assertThat(head.objectLockRetainUntilDate())
        .isCloseTo(head.lastModified().plus(Duration.ofDays(1)), within(Duration.ofMinutes(2)));
    assertThat(head.objectLockLegalHoldStatus()).isNull();
    var retention = s3.getObjectRetention(b -> b.bucket(LOCKED).key("k")).retention();
    assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
    assertThat(retention.retainUntilDate()).isEqualTo(head.objectLockRetainUntilDate());

    putDefault(ObjectLockRetentionMode.COMPLIANCE, null, 2);
    var years =
        s3.getObjectLockConfiguration(b -> b.bucket(LOCKED))
            .objectLockConfiguration()
            .rule()
            .defaultRetention();
    assertThat(years.years()).isEqualTo(2);
    assertThat(years.days()).isNull();
    s3.putObject(b -> b.bucket(LOCKED).key("y"), RequestBody.fromString("x"));
    HeadObjectResponse yearly = s3.headObject(b -> b.bucket(LOCKED).key("y"));
    assertThat(yearly.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
    assertThat(yearly.objectLockRetainUntilDate())
        .isCloseTo(yearly.lastModified().plus(Duration.ofDays(730)), within(Duration.ofMinutes(2)));

    // Removing the default leaves existing versions locked; new ones are not.
    s3.putObjectLockConfiguration(
        b ->
            b.bucket(LOCKED)
                .objectLockConfiguration(c -> c.objectLockEnabled(ObjectLockEnabled.ENABLED)));
    s3.putObject(b -> b.bucket(LOCKED).key("free"), RequestBody.fromString("x"));
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("free")).objectLockMode()).isNull();
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("y")).objectLockMode())
        .isEqualTo(ObjectLockMode.COMPLIANCE);
  }

  @Test
  void a_default_retention_is_checked_as_s3_checks_it_and_a_refusal_changes_nothing() {
    putDefault(ObjectLockRetentionMode.GOVERNANCE, 5, null);
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(
                    r ->
                        r.defaultRetention(
                            d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1).years(1))),
        400,
        "MalformedXML",
        MALFORMED);
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE))),
        400,
        "MalformedXML",
        MALFORMED);
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(r -> r.defaultRetention(d -> d.mode("governance").days(1))),
        400,
        "MalformedXML",
        MALFORMED);
    assertConfigurationRefused(
        c ->
            c.rule(
                r -> r.defaultRetention(d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(1))),
        400,
        "MalformedXML",
        MALFORMED);
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(
                    r ->
                        r.defaultRetention(
                            d -> d.mode(ObjectLockRetentionMode.GOVERNANCE).days(0))),
        400,
        "InvalidArgument",
        "Default retention period must be a positive integer value.");
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(
                    r ->
                        r.defaultRetention(
                            d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).years(-1))),
        400,
        "InvalidArgument",
        "Default retention period must be a positive integer value.");
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(
                    r ->
                        r.defaultRetention(
                            d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).years(101))),
        400,
        "InvalidArgument",
        "Default retention period too large.");
    assertConfigurationRefused(
        c ->
            c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                .rule(
                    r ->
                        r.defaultRetention(
                            d -> d.mode(ObjectLockRetentionMode.COMPLIANCE).days(36_501))),
        400,
        "InvalidArgument",
        "Default retention period too large.");

    var kept =
        s3.getObjectLockConfiguration(b -> b.bucket(LOCKED))
            .objectLockConfiguration()
            .rule()
            .defaultRetention();
    assertThat(kept.days()).isEqualTo(5);
    assertThat(kept.mode()).isEqualTo(ObjectLockRetentionMode.GOVERNANCE);
  }

  @Test
  void retention_and_legal_hold_need_object_lock_on_the_bucket() {
    s3.putObject(b -> b.bucket(PLAIN).key("k"), RequestBody.fromString("x"));
    String message = "Bucket is missing Object Lock Configuration";
    assertError(
        () -> s3.getObjectRetention(b -> b.bucket(PLAIN).key("k")), 400, "InvalidRequest", message);
    assertError(
        () ->
            s3.putObjectRetention(
                b ->
                    b.bucket(PLAIN)
                        .key("k")
                        .retention(
                            r ->
                                r.mode(ObjectLockRetentionMode.GOVERNANCE)
                                    .retainUntilDate(inDays(1)))),
        400,
        "InvalidRequest",
        message);
    assertError(
        () -> s3.getObjectLegalHold(b -> b.bucket(PLAIN).key("k")), 400, "InvalidRequest", message);
    assertError(
        () ->
            s3.putObjectLegalHold(
                b ->
                    b.bucket(PLAIN)
                        .key("k")
                        .legalHold(l -> l.status(ObjectLockLegalHoldStatus.ON))),
        400,
        "InvalidRequest",
        message);
    assertThat(s3.headObject(b -> b.bucket(PLAIN).key("k")).objectLockMode()).isNull();
  }

  @Test
  void a_retention_is_set_on_the_version_named_and_read_back() {
    String first = put("k");
    String second = put("k");
    Instant until = inDays(3);
    s3.putObjectRetention(
        b ->
            b.bucket(LOCKED)
                .key("k")
                .versionId(first)
                .retention(r -> r.mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(until)));

    var retention =
        s3.getObjectRetention(b -> b.bucket(LOCKED).key("k").versionId(first)).retention();
    assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
    assertThat(retention.retainUntilDate()).isEqualTo(until);
    HeadObjectResponse head = s3.headObject(b -> b.bucket(LOCKED).key("k").versionId(first));
    assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.COMPLIANCE);
    assertThat(head.objectLockRetainUntilDate()).isEqualTo(until);

    String none = "The specified object does not have a ObjectLock configuration";
    assertError(
        () -> s3.getObjectRetention(b -> b.bucket(LOCKED).key("k").versionId(second)),
        404,
        "NoSuchObjectLockConfiguration",
        none);
    assertError(
        () -> s3.getObjectRetention(b -> b.bucket(LOCKED).key("k")),
        404,
        "NoSuchObjectLockConfiguration",
        none);
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("k")).objectLockMode()).isNull();
  }

  @Test
  void a_retention_names_an_existing_version_and_a_future_date() {
    put("k");
    assertError(
        () ->
            s3.putObjectRetention(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .retention(
                            r ->
                                r.mode(ObjectLockRetentionMode.GOVERNANCE)
                                    .retainUntilDate(Instant.now().minusSeconds(60)))),
        400,
        "InvalidArgument",
        "The retain until date must be in the future!");
    assertError(
        () -> s3.getObjectRetention(b -> b.bucket(LOCKED).key("missing")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
    assertError(
        () ->
            s3.getObjectRetention(
                b -> b.bucket(LOCKED).key("k").versionId("3HL4kqtJlcpXroDTDmjVBH40Nrjfkd0q")),
        404,
        "NoSuchVersion",
        "The specified version does not exist.");
  }

  @Test
  void a_governance_retention_is_extended_freely_and_shortened_or_removed_only_with_bypass() {
    String version = put("k");
    Instant until = inDays(10);
    retain(version, ObjectLockRetentionMode.GOVERNANCE, until, false);
    retain(version, ObjectLockRetentionMode.GOVERNANCE, inDays(20), false);

    assertError(
        () -> retain(version, ObjectLockRetentionMode.GOVERNANCE, inDays(5), false),
        403,
        "AccessDenied",
        PROTECTED);
    assertError(
        () -> retain(version, ObjectLockRetentionMode.COMPLIANCE, inDays(30), false),
        403,
        "AccessDenied",
        PROTECTED);
    assertError(
        () ->
            s3.putObjectRetention(
                b -> b.bucket(LOCKED).key("k").versionId(version).retention(r -> {})),
        403,
        "AccessDenied",
        PROTECTED);
    assertThat(retentionUntil(version)).isEqualTo(inDays(20).truncatedTo(ChronoUnit.MILLIS));

    retain(version, ObjectLockRetentionMode.GOVERNANCE, inDays(5), true);
    assertThat(retentionUntil(version)).isEqualTo(inDays(5).truncatedTo(ChronoUnit.MILLIS));
    s3.putObjectRetention(
        b ->
            b.bucket(LOCKED)
                .key("k")
                .versionId(version)
                .bypassGovernanceRetention(true)
                .retention(r -> {}));
    assertError(
        () -> s3.getObjectRetention(b -> b.bucket(LOCKED).key("k").versionId(version)),
        404,
        "NoSuchObjectLockConfiguration",
        "The specified object does not have a ObjectLock configuration");
  }

  @Test
  void a_compliance_retention_is_only_ever_extended() {
    String version = put("k");
    retain(version, ObjectLockRetentionMode.COMPLIANCE, inDays(10), false);
    assertError(
        () -> retain(version, ObjectLockRetentionMode.COMPLIANCE, inDays(5), true),
        403,
        "AccessDenied",
        PROTECTED);
    assertError(
        () -> retain(version, ObjectLockRetentionMode.GOVERNANCE, inDays(30), true),
        403,
        "AccessDenied",
        PROTECTED);
    assertError(
        () ->
            s3.putObjectRetention(
                b ->
                    b.bucket(LOCKED)
                        .key("k")
                        .versionId(version)
                        .bypassGovernanceRetention(true)
                        .retention(r -> {})),
        403,
        "AccessDenied",
        PROTECTED);
    retain(version, ObjectLockRetentionMode.COMPLIANCE, inDays(11), false);
    assertThat(retentionUntil(version)).isEqualTo(inDays(11).truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void a_legal_hold_is_placed_read_and_removed_independently_of_retention() {
    String version = put("k");
    assertError(
        () -> s3.getObjectLegalHold(b -> b.bucket(LOCKED).key("k")),
        404,
        "NoSuchObjectLockConfiguration",
        "The specified object does not have a ObjectLock configuration");
    hold(version, ObjectLockLegalHoldStatus.ON);
    assertThat(s3.getObjectLegalHold(b -> b.bucket(LOCKED).key("k")).legalHold().status())
        .isEqualTo(ObjectLockLegalHoldStatus.ON);
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("k")).objectLockLegalHoldStatus())
        .isEqualTo(ObjectLockLegalHoldStatus.ON);
    assertThat(s3.headObject(b -> b.bucket(LOCKED).key("k")).objectLockMode()).isNull();

    hold(version, ObjectLockLegalHoldStatus.OFF);
    assertThat(
            s3.getObjectLegalHold(b -> b.bucket(LOCKED).key("k").versionId(version))
                .legalHold()
                .status())
        .isEqualTo(ObjectLockLegalHoldStatus.OFF);
  }

  @Test
  void tagging_a_locked_version_keeps_its_lock() {
    String version = put("k");
    retain(version, ObjectLockRetentionMode.GOVERNANCE, inDays(2), false);
    hold(version, ObjectLockLegalHoldStatus.ON);
    s3.putObjectTagging(
        b ->
            b.bucket(LOCKED)
                .key("k")
                .versionId(version)
                .tagging(t -> t.tagSet(s -> s.key("a").value("b"))));
    HeadObjectResponse head = s3.headObject(b -> b.bucket(LOCKED).key("k").versionId(version));
    assertThat(head.objectLockMode()).isEqualTo(ObjectLockMode.GOVERNANCE);
    assertThat(head.objectLockLegalHoldStatus()).isEqualTo(ObjectLockLegalHoldStatus.ON);
    assertThat(head.tagCount()).isEqualTo(1);
  }

  @Test
  void a_delete_marker_has_no_retention_or_legal_hold() {
    put("k");
    String marker = s3.deleteObject(b -> b.bucket(LOCKED).key("k")).versionId();
    assertError(
        () -> s3.getObjectRetention(b -> b.bucket(LOCKED).key("k").versionId(marker)),
        405,
        "MethodNotAllowed",
        "The specified method is not allowed against this resource.");
    assertError(
        () -> s3.getObjectLegalHold(b -> b.bucket(LOCKED).key("k")),
        404,
        "NoSuchKey",
        "The specified key does not exist.");
  }

  @Test
  void only_the_owner_reads_or_changes_the_bucket_configuration() {
    assertError(
        () -> other.getObjectLockConfiguration(b -> b.bucket(LOCKED)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () ->
            other.putObjectLockConfiguration(
                b ->
                    b.bucket(LOCKED)
                        .objectLockConfiguration(
                            c ->
                                c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                                    .rule(
                                        r ->
                                            r.defaultRetention(
                                                d ->
                                                    d.mode(ObjectLockRetentionMode.COMPLIANCE)
                                                        .years(1))))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(
            s3.getObjectLockConfiguration(b -> b.bucket(LOCKED)).objectLockConfiguration().rule())
        .isNull();

    // Naming another account as the expected owner is denied too, the owner's own calls included.
    assertError(
        () ->
            s3.getObjectLockConfiguration(
                b -> b.bucket(LOCKED).expectedBucketOwner(S3TestServer.ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");
    s3.putObject(b -> b.bucket(LOCKED).key("k"), RequestBody.fromString("x"));
    assertError(
        () ->
            s3.getObjectLegalHold(
                b -> b.bucket(LOCKED).key("k").expectedBucketOwner(S3TestServer.ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");

    // The other account's own lock bucket is its own.
    other.createBucket(b -> b.bucket("theirs").objectLockEnabledForBucket(true));
    assertThat(
            other
                .getObjectLockConfiguration(b -> b.bucket("theirs"))
                .objectLockConfiguration()
                .objectLockEnabled())
        .isEqualTo(ObjectLockEnabled.ENABLED);
    assertError(
        () -> s3.getObjectLockConfiguration(b -> b.bucket("theirs")),
        403,
        "AccessDenied",
        "Access Denied");
  }

  private void putDefault(ObjectLockRetentionMode mode, Integer days, Integer years) {
    s3.putObjectLockConfiguration(
        b ->
            b.bucket(LOCKED)
                .objectLockConfiguration(
                    c ->
                        c.objectLockEnabled(ObjectLockEnabled.ENABLED)
                            .rule(
                                r ->
                                    r.defaultRetention(
                                        d -> d.mode(mode).days(days).years(years)))));
  }

  private void assertConfigurationRefused(
      java.util.function.Consumer<ObjectLockConfiguration.Builder> configuration,
      int status,
      String code,
      String message) {
    assertError(
        () ->
            s3.putObjectLockConfiguration(
                b -> b.bucket(LOCKED).objectLockConfiguration(configuration)),
        status,
        code,
        message);
  }

  String put(String key) {
    return s3.putObject(b -> b.bucket(LOCKED).key(key), RequestBody.fromString("data")).versionId();
  }

  void retain(String version, ObjectLockRetentionMode mode, Instant until, boolean bypass) {
    s3.putObjectRetention(
        b ->
            b.bucket(LOCKED)
                .key("k")
                .versionId(version)
                .bypassGovernanceRetention(bypass ? Boolean.TRUE : null)
                .retention(r -> r.mode(mode).retainUntilDate(until)));
  }

  void hold(String version, ObjectLockLegalHoldStatus status) {
    s3.putObjectLegalHold(
        b -> b.bucket(LOCKED).key("k").versionId(version).legalHold(l -> l.status(status)));
  }

  private Instant retentionUntil(String version) {
    return s3.getObjectRetention(b -> b.bucket(LOCKED).key("k").versionId(version))
        .retention()
        .retainUntilDate();
  }

  /** A date {@code days} from now, whole seconds (as dates travel in headers). */
  static Instant inDays(int days) {
    return Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(days + 1));
  }

  private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
    return new org.assertj.core.data.TemporalUnitWithinOffset(
        duration.toSeconds(), ChronoUnit.SECONDS);
  }
}
