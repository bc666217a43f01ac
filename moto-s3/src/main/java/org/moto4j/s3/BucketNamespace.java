package org.moto4j.s3;

import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.Regions;
import org.moto4j.core.backend.ResetListener;

/**
 * The one bucket namespace all accounts share: a name belongs to at most one account, whose bucket
 * it stays until deleted. Also each account's own buckets in name order, for ListBuckets. Lock
 * free: creation is a {@code putIfAbsent}, so two accounts racing for a name cannot both win.
 */
@Singleton
public final class BucketNamespace implements ResetListener {

  private final Map<String, Bucket> byName = new ConcurrentHashMap<>();
  private final Map<AccountId, NavigableMap<String, Bucket>> byOwner = new ConcurrentHashMap<>();

  /** The bucket of that name, whoever owns it. */
  public Optional<Bucket> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
  }

  /**
   * The bucket of that name, whoever owns it.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchBucket}
   */
  public Bucket get(String name) {
    return find(name)
        .orElseThrow(() -> S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", name));
  }

  /**
   * Claims a bucket's name for its owner, as S3 does: a name another account holds answers {@code
   * BucketAlreadyExists}; one the owner holds answers {@code BucketAlreadyOwnedByYou}, except in
   * us-east-1, where re-creating one's own us-east-1 bucket succeeds and changes nothing.
   *
   * @param requestRegion the region the CreateBucket request was sent to
   * @return the bucket now holding the name: {@code candidate}, or the owner's existing one
   */
  public Bucket create(Bucket candidate, String requestRegion) {
    Bucket existing = byName.putIfAbsent(candidate.name(), candidate);
    if (existing == null) {
      byOwner
          .computeIfAbsent(candidate.owner(), account -> new ConcurrentSkipListMap<>())
          .put(candidate.name(), candidate);
      return candidate;
    }
    if (!existing.owner().equals(candidate.owner())) {
      throw S3Errors.BUCKET_ALREADY_EXISTS.exception().with("BucketName", candidate.name());
    }
    if (existing.region().equals(Regions.DEFAULT) && requestRegion.equals(Regions.DEFAULT)) {
      return existing;
    }
    throw S3Errors.BUCKET_ALREADY_OWNED_BY_YOU.exception().with("BucketName", candidate.name());
  }

  /**
   * Frees a bucket's name and releases the objects it holds; {@code false} if it no longer held the
   * name.
   */
  public boolean remove(Bucket bucket) {
    NavigableMap<String, Bucket> owned = byOwner.get(bucket.owner());
    if (owned != null) {
      owned.remove(bucket.name(), bucket);
    }
    boolean removed = byName.remove(bucket.name(), bucket);
    bucket.markDeleted();
    return removed;
  }

  /** Every bucket of every account, in no order: a snapshot, for the control plane. */
  public List<Bucket> all() {
    return List.copyOf(byName.values());
  }

  /** An account's buckets by name: a live, read-only view. */
  public NavigableMap<String, Bucket> ownedBy(AccountId account) {
    NavigableMap<String, Bucket> owned = byOwner.get(account);
    return owned == null
        ? Collections.emptyNavigableMap()
        : Collections.unmodifiableNavigableMap(owned);
  }

  @Override
  public void resetAll() {
    byOwner.clear();
    // Each bucket's objects let go of their blobs (temporary files) as the bucket goes.
    byName.values().removeIf(this::markDeleted);
  }

  @Override
  public void reset(AccountId account) {
    byOwner.remove(account);
    byName.values().removeIf(bucket -> bucket.owner().equals(account) && markDeleted(bucket));
  }

  private boolean markDeleted(Bucket bucket) {
    bucket.markDeleted();
    return true;
  }
}
