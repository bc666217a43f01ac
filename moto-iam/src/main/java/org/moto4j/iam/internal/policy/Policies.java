package org.moto4j.iam.internal.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The managed policies one account sees: its own and AWS's. Reads are lock-free; changes hold the
 * account's IAM lock. AWS's policies are shared values no account may change; how often an account
 * attaches them is kept by {@link Attachments}, not here.
 */
public final class Policies {

  /** How many versions a managed policy may have. */
  public static final int MAX_VERSIONS = 5;

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, ManagedPolicy> sorted = new ConcurrentSkipListMap<>();
  private final Map<String, ManagedPolicy> byArn = new ConcurrentHashMap<>();
  private final Map<String, String> localArnByName = new ConcurrentHashMap<>();

  public Policies(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
    AwsManagedPolicies.in(partition).forEach(this::replace);
  }

  /** The policy with this ARN, the account's or AWS's. */
  public Optional<ManagedPolicy> find(String arn) {
    return Optional.ofNullable(byArn.get(arn));
  }

  /**
   * The policy with this ARN.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for a malformed ARN, {@code
   *     NoSuchEntity} when there is no such policy
   */
  public ManagedPolicy get(String arn) {
    PolicyArns.check(arn);
    return find(arn).orElseThrow(() -> IamErrors.NO_SUCH_POLICY.exception(arn));
  }

  /**
   * The policy with this ARN, to attach.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for a malformed ARN, {@code
   *     NoSuchEntity} ("does not exist or is not attachable") when there is no such policy
   */
  public ManagedPolicy attachable(String arn) {
    PolicyArns.check(arn);
    return find(arn).orElseThrow(() -> IamErrors.POLICY_NOT_ATTACHABLE.exception(arn));
  }

  /** The policy with this unique id. */
  public Optional<ManagedPolicy> findById(String id) {
    return byArn.values().stream().filter(policy -> policy.id().equals(id)).findFirst();
  }

  /** Every policy the account sees, by name. */
  public Collection<ManagedPolicy> all() {
    return sorted.values();
  }

  /** A page of the policies {@code filter} keeps, by name. */
  public Page<ManagedPolicy> list(Predicate<ManagedPolicy> filter, Paging paging) {
    return paging.page(sorted, filter);
  }

  /**
   * Creates a policy of the account, its document as version {@code v1}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} when the account has
   *     a policy of this name, in any case
   */
  public ManagedPolicy create(
      String name, String path, String document, String description, Tags tags) {
    synchronized (lock) {
      if (localArnByName.containsKey(ManagedPolicy.nameKey(name))) {
        throw IamErrors.POLICY_ALREADY_EXISTS.exception(name);
      }
      Instant now = clock.instant();
      ManagedPolicy policy =
          new ManagedPolicy(
              name,
              path,
              AccessKeyIds.uniqueId("ANPA"),
              ManagedPolicy.arn(partition, account.value(), path, name),
              description,
              now,
              "v1",
              List.of(new PolicyVersion("v1", document, now)),
              2,
              tags,
              false);
      localArnByName.put(ManagedPolicy.nameKey(name), policy.arn());
      return replace(policy);
    }
  }

  /**
   * Adds a version to a policy of the account.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, {@code InvalidInput} for
   *     AWS's policies, or {@code LimitExceeded} when it has five versions
   */
  public PolicyVersion createVersion(String arn, String document, boolean asDefault) {
    synchronized (lock) {
      ManagedPolicy policy = ownPolicy(arn);
      if (policy.versions().size() >= MAX_VERSIONS) {
        throw IamErrors.POLICY_VERSIONS_PER_POLICY.exception(MAX_VERSIONS);
      }
      PolicyVersion version =
          new PolicyVersion("v" + policy.nextVersion(), document, clock.instant());
      replace(policy.withVersion(version, asDefault));
      return version;
    }
  }

  /**
   * The version {@code versionId} of a policy.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for an unknown policy or
   *     version
   */
  public PolicyVersion version(String arn, String versionId) {
    return version(get(arn), versionId);
  }

  /**
   * Deletes a version other than the default.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code DeleteConflict}
   *     for the default version
   */
  public void deleteVersion(String arn, String versionId) {
    synchronized (lock) {
      ManagedPolicy policy = ownPolicy(arn);
      version(policy, versionId);
      if (policy.defaultVersionId().equals(versionId)) {
        throw IamErrors.DEFAULT_POLICY_VERSION.exception();
      }
      replace(policy.withoutVersion(versionId));
    }
  }

  /** Makes {@code versionId} the version in force. */
  public void setDefaultVersion(String arn, String versionId) {
    synchronized (lock) {
      ManagedPolicy policy = ownPolicy(arn);
      version(policy, versionId);
      replace(policy.withDefaultVersion(versionId));
    }
  }

  /**
   * Sets tags over a policy's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code LimitExceeded}
   *     past fifty tags
   */
  public ManagedPolicy tag(String arn, Tags added) {
    synchronized (lock) {
      ManagedPolicy policy = ownPolicy(arn);
      Tags merged = policy.tags().with(added, IamErrors.TAGS_PER_POLICY);
      return replace(policy.withTags(merged));
    }
  }

  /** Removes tags from a policy; keys it does not have are ignored. */
  public ManagedPolicy untag(String arn, Collection<String> keys) {
    synchronized (lock) {
      ManagedPolicy policy = ownPolicy(arn);
      return replace(policy.withTags(policy.tags().without(keys)));
    }
  }

  /**
   * A policy of the account, to change.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code InvalidInput} for
   *     one of AWS's
   */
  public ManagedPolicy ownPolicy(String arn) {
    ManagedPolicy policy = get(arn);
    if (policy.awsManaged()) {
      throw IamErrors.AWS_MANAGED_POLICY.exception(arn);
    }
    return policy;
  }

  /** Forgets a policy; the caller holds the lock and has checked nothing uses it. */
  public void remove(ManagedPolicy policy) {
    synchronized (lock) {
      sorted.remove(policy.sortKey());
      byArn.remove(policy.arn());
      localArnByName.remove(ManagedPolicy.nameKey(policy.name()));
    }
  }

  private static PolicyVersion version(ManagedPolicy policy, String versionId) {
    return policy
        .version(versionId)
        .orElseThrow(() -> IamErrors.NO_SUCH_POLICY_VERSION.exception(policy.arn(), versionId));
  }

  private ManagedPolicy replace(ManagedPolicy policy) {
    byArn.put(policy.arn(), policy);
    sorted.put(policy.sortKey(), policy);
    return policy;
  }
}
