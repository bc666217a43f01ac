package org.moto4j.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.s3.BucketBehaviour.assertError;

import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerReplicationStatus;
import software.amazon.awssdk.services.s3.model.ReplicationConfiguration;
import software.amazon.awssdk.services.s3.model.ReplicationRule;
import software.amazon.awssdk.services.s3.model.ReplicationRuleStatus;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * The replication configuration through the AWS SDK, run once per addressing style: put (on a
 * versioned bucket, to a versioned destination), read back as stored, deleted; checked as S3 checks
 * it; the owner's alone. Nothing is replicated.
 */
abstract class ReplicationBehaviour extends TwoAccountFixture {

  static final String SOURCE = "source";
  static final String DESTINATION = "destination";
  static final String ROLE = "arn:aws:iam::123456789012:role/replication";
  static final String NOT_FOUND = "The replication configuration was not found";

  @BeforeEach
  void buckets() {
    for (String bucket : new String[] {SOURCE, DESTINATION}) {
      s3.createBucket(b -> b.bucket(bucket));
      s3.putBucketVersioning(
          b ->
              b.bucket(bucket)
                  .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    }
  }

  @Test
  void a_replication_configuration_is_put_read_back_and_deleted() {
    assertError(
        () -> s3.getBucketReplication(b -> b.bucket(SOURCE)),
        404,
        "ReplicationConfigurationNotFoundError",
        NOT_FOUND);
    ReplicationRule rule =
        ReplicationRule.builder()
            .id("everything")
            .priority(1)
            .filter(f -> f.prefix("logs/"))
            .status(ReplicationRuleStatus.ENABLED)
            .deleteMarkerReplication(d -> d.status(DeleteMarkerReplicationStatus.DISABLED))
            .destination(
                d -> d.bucket("arn:aws:s3:::" + DESTINATION).storageClass(StorageClass.STANDARD_IA))
            .build();
    s3.putBucketReplication(
        b -> b.bucket(SOURCE).replicationConfiguration(c -> c.role(ROLE).rules(rule)));
    ReplicationConfiguration read =
        s3.getBucketReplication(b -> b.bucket(SOURCE)).replicationConfiguration();
    assertThat(read.role()).isEqualTo(ROLE);
    assertThat(read.rules()).containsExactly(rule);

    s3.deleteBucketReplication(b -> b.bucket(SOURCE));
    assertError(
        () -> s3.getBucketReplication(b -> b.bucket(SOURCE)),
        404,
        "ReplicationConfigurationNotFoundError",
        NOT_FOUND);
  }

  @Test
  void replication_needs_the_source_s_versioning_enabled() {
    s3.createBucket(b -> b.bucket("unversioned"));
    assertRefused(
        "unversioned",
        c -> c.role(ROLE).rules(legacyRule(DESTINATION)),
        400,
        "InvalidRequest",
        "Versioning must be 'Enabled' on the bucket to apply a replication configuration");
    s3.putBucketVersioning(
        b ->
            b.bucket("unversioned")
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.SUSPENDED)));
    assertRefused(
        "unversioned",
        c -> c.role(ROLE).rules(legacyRule(DESTINATION)),
        400,
        "InvalidRequest",
        "Versioning must be 'Enabled' on the bucket to apply a replication configuration");
  }

  @Test
  void a_configuration_is_checked_as_s3_checks_it_and_a_refusal_changes_nothing() {
    s3.putBucketReplication(
        b ->
            b.bucket(SOURCE)
                .replicationConfiguration(c -> c.role(ROLE).rules(legacyRule(DESTINATION))));
    String malformed =
        "The XML you provided was not well-formed or did not validate against our published schema";
    // A configuration without Role or Rule: the SDK refuses to send it (ReplicationWireTest).
    assertRefused(
        SOURCE,
        c -> c.role(ROLE).rules(legacyRule(DESTINATION).toBuilder().status("On").build()),
        400,
        "MalformedXML",
        malformed);
    assertRefused(
        SOURCE,
        c -> c.role(ROLE).rules(legacyRule("nowhere")),
        400,
        "InvalidRequest",
        "Destination bucket must exist.");
    s3.createBucket(b -> b.bucket("unversioned"));
    assertRefused(
        SOURCE,
        c -> c.role(ROLE).rules(legacyRule("unversioned")),
        400,
        "InvalidRequest",
        "Destination bucket must have versioning enabled.");
    assertRefused(
        SOURCE,
        c ->
            c.role(ROLE)
                .rules(
                    legacyRule(DESTINATION).toBuilder()
                        .prefix(null)
                        .priority(1)
                        .filter(f -> f.prefix(""))
                        .build()),
        400,
        "InvalidRequest",
        "DeleteMarkerReplication must be specified for this version of Cross Region Replication"
            + " configuration schema.");

    assertThat(s3.getBucketReplication(b -> b.bucket(SOURCE)).replicationConfiguration().rules())
        .containsExactly(legacyRule(DESTINATION));
  }

  @Test
  void only_the_owner_uses_the_replication_configuration() {
    s3.putBucketReplication(
        b ->
            b.bucket(SOURCE)
                .replicationConfiguration(c -> c.role(ROLE).rules(legacyRule(DESTINATION))));
    assertError(
        () -> other.getBucketReplication(b -> b.bucket(SOURCE)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () -> other.deleteBucketReplication(b -> b.bucket(SOURCE)),
        403,
        "AccessDenied",
        "Access Denied");
    assertError(
        () ->
            other.putBucketReplication(
                b ->
                    b.bucket(SOURCE)
                        .replicationConfiguration(
                            c -> c.role(ROLE).rules(legacyRule(DESTINATION)))),
        403,
        "AccessDenied",
        "Access Denied");
    assertThat(s3.getBucketReplication(b -> b.bucket(SOURCE)).replicationConfiguration().role())
        .isEqualTo(ROLE);
    assertError(
        () ->
            s3.getBucketReplication(
                b -> b.bucket(SOURCE).expectedBucketOwner(S3TestServer.ANOTHER_ACCOUNT)),
        403,
        "AccessDenied",
        "Access Denied");
  }

  @Test
  void the_configuration_goes_with_its_bucket() {
    s3.putBucketReplication(
        b ->
            b.bucket(SOURCE)
                .replicationConfiguration(c -> c.role(ROLE).rules(legacyRule(DESTINATION))));
    s3.deleteBucket(b -> b.bucket(SOURCE));
    s3.createBucket(b -> b.bucket(SOURCE));
    s3.putBucketVersioning(
        b ->
            b.bucket(SOURCE)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    assertError(
        () -> s3.getBucketReplication(b -> b.bucket(SOURCE)),
        404,
        "ReplicationConfigurationNotFoundError",
        NOT_FOUND);
  }

  /** A rule of the first schema: a prefix, no filter, priority or delete-marker replication. */
  private static ReplicationRule legacyRule(String destination) {
    return ReplicationRule.builder()
        .id("legacy")
        .prefix("")
        .status(ReplicationRuleStatus.ENABLED)
        .destination(d -> d.bucket("arn:aws:s3:::" + destination))
        .build();
  }

  private void assertRefused(
      String bucket,
      Consumer<ReplicationConfiguration.Builder> configuration,
      int status,
      String code,
      String message) {
    assertError(
        () ->
            s3.putBucketReplication(b -> b.bucket(bucket).replicationConfiguration(configuration)),
        status,
        code,
        message);
  }
}
