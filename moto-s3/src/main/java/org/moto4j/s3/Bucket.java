package org.moto4j.s3;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.moto4j.core.AccountId;

/**
 * One bucket: its name, owning account, region and creation date, and its objects in S3's key order
 * (a sorted map, so a listing page costs O(log n + page)).
 */
public final class Bucket {

  private final String name;
  private final AccountId owner;
  private final String region;
  private final String locationConstraint;
  private final Instant creationDate;
  private final ConcurrentNavigableMap<String, StoredObject> objects =
      new ConcurrentSkipListMap<>(KeyOrder.INSTANCE);
  private final AtomicBoolean deleted = new AtomicBoolean();
  private final BucketConfigurations configurations = new BucketConfigurations();
  private final BucketVersions versions = new BucketVersions(objects);
  private volatile VersioningStatus versioning = VersioningStatus.UNVERSIONED;
  // null until a versioning configuration named MfaDelete: S3 leaves the element out until then.
  private volatile Boolean mfaDelete;

  /**
   * @param locationConstraint the constraint it was created with ({@code EU}, {@code eu-west-1}…),
   *     or {@code null} for us-east-1
   */
  public Bucket(
      String name,
      AccountId owner,
      String region,
      String locationConstraint,
      Instant creationDate) {
    this.name = Objects.requireNonNull(name, "name");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.region = Objects.requireNonNull(region, "region");
    this.locationConstraint = locationConstraint;
    this.creationDate = Objects.requireNonNull(creationDate, "creationDate");
  }

  public String name() {
    return name;
  }

  /** The account that created the bucket. */
  public AccountId owner() {
    return owner;
  }

  /** The region the bucket lives in, such as {@code eu-west-1}. */
  public String region() {
    return region;
  }

  /** What GetBucketLocation answers: the constraint it was created with, empty for us-east-1. */
  public String locationConstraint() {
    return locationConstraint == null ? "" : locationConstraint;
  }

  public Instant creationDate() {
    return creationDate;
  }

  /** The bucket's objects by key, in S3's key order; operations read and write it directly. */
  public ConcurrentNavigableMap<String, StoredObject> objects() {
    return objects;
  }

  /** The bucket's versioning state; {@link VersioningStatus#UNVERSIONED} until first set. */
  public VersioningStatus versioning() {
    return versioning;
  }

  /**
   * Sets the versioning state (PutBucketVersioning; an Object Lock bucket is created {@code
   * ENABLED}).
   *
   * @throws IllegalArgumentException for {@code UNVERSIONED} once the bucket was versioned: a
   *     versioned bucket never goes back
   */
  public synchronized void setVersioning(VersioningStatus status) {
    Objects.requireNonNull(status, "status");
    if (status == VersioningStatus.UNVERSIONED && versioning.isVersioned()) {
      throw new IllegalArgumentException("A versioned bucket cannot become unversioned");
    }
    versioning = status;
  }

  /** Whether MFA delete is enabled in the versioning configuration. */
  public boolean mfaDelete() {
    return Boolean.TRUE.equals(mfaDelete);
  }

  /** Whether a versioning configuration ever named MfaDelete (GetBucketVersioning states it). */
  public boolean mfaDeleteConfigured() {
    return mfaDelete != null;
  }

  /** Sets the MFA delete status of the versioning configuration. */
  public void setMfaDelete(boolean enabled) {
    mfaDelete = enabled;
  }

  /**
   * A specific version of {@code key}: the current object, a noncurrent version or a delete marker.
   *
   * @param versionId the version id, {@code "null"} for the null version
   */
  public Optional<StoredObject> version(String key, String versionId) {
    return versions.find(key, versionId);
  }

  /** The bucket's noncurrent versions and delete markers, and the versioned write paths. */
  public BucketVersions versions() {
    return versions;
  }

  /** The bucket's configurations (tags, CORS, lifecycle…), which go with the bucket. */
  public BucketConfigurations configurations() {
    return configurations;
  }

  /** Whether the bucket was deleted (or reset away): writes that raced with it must not stay. */
  public boolean isDeleted() {
    return deleted.get();
  }

  /**
   * Marks the bucket deleted and releases the bodies of the objects it still holds. Called once its
   * name is freed; an upload that lands afterwards sees {@link #isDeleted()} and removes itself.
   */
  public void markDeleted() {
    deleted.set(true);
    for (var entry = objects.pollFirstEntry(); entry != null; entry = objects.pollFirstEntry()) {
      entry.getValue().body().release();
    }
    versions.drain();
  }

  @Override
  public String toString() {
    return "Bucket[" + name + ", owner " + owner + ", " + region + "]";
  }
}
