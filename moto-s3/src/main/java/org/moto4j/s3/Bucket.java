package org.moto4j.s3;

import java.time.Instant;
import java.util.Objects;
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
  }

  @Override
  public String toString() {
    return "Bucket[" + name + ", owner " + owner + ", " + region + "]";
  }
}
