package org.moto4j.iam.internal.instanceprofile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The instance profiles of one account in one partition. Reads are lock-free; changes hold the
 * account's IAM lock, shared with the other stores through {@link
 * org.moto4j.iam.internal.IamBackend}, which checks the roles they name.
 */
public final class InstanceProfiles {

  /** How many roles an instance profile may hold. */
  public static final int MAX_ROLES = 1;

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, InstanceProfile> byKey = new ConcurrentSkipListMap<>();

  public InstanceProfiles(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /** The instance profile of this name, whatever its case. */
  public Optional<InstanceProfile> find(String name) {
    return Optional.ofNullable(byKey.get(InstanceProfile.key(name)));
  }

  /**
   * The instance profile of this name, whatever its case.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public InstanceProfile get(String name) {
    return find(name).orElseThrow(() -> IamErrors.NO_SUCH_INSTANCE_PROFILE.exception(name));
  }

  /** Every instance profile, by name. */
  public Collection<InstanceProfile> all() {
    return byKey.values();
  }

  /** A page of the instance profiles whose path starts with {@code pathPrefix}, by name. */
  public Page<InstanceProfile> list(String pathPrefix, Paging paging) {
    return paging.page(byKey, profile -> profile.path().startsWith(pathPrefix));
  }

  /** A page of the instance profiles holding role {@code roleId}, by name. */
  public Page<InstanceProfile> holding(String roleId, Paging paging) {
    return paging.page(byKey, profile -> profile.roleIds().contains(roleId));
  }

  /** Whether any instance profile holds role {@code roleId}. */
  public boolean anyHolds(String roleId) {
    return byKey.values().stream().anyMatch(profile -> profile.roleIds().contains(roleId));
  }

  /**
   * Creates an instance profile with no role.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} when one of this
   *     name, in any case, exists
   */
  public InstanceProfile create(String name, String path, Tags tags) {
    synchronized (lock) {
      if (byKey.containsKey(InstanceProfile.key(name))) {
        throw IamErrors.INSTANCE_PROFILE_ALREADY_EXISTS.exception(name);
      }
      InstanceProfile profile =
          new InstanceProfile(
              name,
              path,
              AccessKeyIds.uniqueId("AIPA"),
              InstanceProfile.arn(partition, account, path, name),
              clock.instant(),
              List.of(),
              tags);
      byKey.put(profile.key(), profile);
      return profile;
    }
  }

  /**
   * Adds a role, which the caller has checked exists.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code LimitExceeded} when it holds one already
   */
  public InstanceProfile addRole(String name, String roleId) {
    return change(
        name,
        profile -> {
          if (profile.roleIds().size() >= MAX_ROLES) {
            throw IamErrors.ROLES_PER_INSTANCE_PROFILE.exception(MAX_ROLES);
          }
          List<String> roleIds = new ArrayList<>(profile.roleIds());
          roleIds.add(roleId);
          return profile.withRoleIds(roleIds);
        });
  }

  /**
   * Removes a role.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it does not hold it
   */
  public InstanceProfile removeRole(String name, String roleId, String roleName) {
    return change(
        name,
        profile -> {
          if (!profile.roleIds().contains(roleId)) {
            throw IamErrors.ROLE_NOT_IN_INSTANCE_PROFILE.exception(roleName, profile.name());
          }
          return profile.withRoleIds(
              profile.roleIds().stream().filter(id -> !id.equals(roleId)).toList());
        });
  }

  /**
   * Sets tags over a profile's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code LimitExceeded}
   *     past fifty tags
   */
  public InstanceProfile tag(String name, Tags added) {
    return change(
        name,
        profile -> {
          Tags merged = profile.tags().with(added, IamErrors.TAGS_PER_INSTANCE_PROFILE);
          return profile.withTags(merged);
        });
  }

  /** Removes tags from a profile; keys it does not have are ignored. */
  public InstanceProfile untag(String name, Collection<String> keys) {
    return change(name, profile -> profile.withTags(profile.tags().without(keys)));
  }

  /** Forgets a profile; the caller holds the lock and has checked it holds no role. */
  public void remove(InstanceProfile profile) {
    synchronized (lock) {
      byKey.remove(profile.key());
    }
  }

  private InstanceProfile change(String name, UnaryOperator<InstanceProfile> change) {
    synchronized (lock) {
      InstanceProfile changed = change.apply(get(name));
      byKey.put(changed.key(), changed);
      return changed;
    }
  }
}
