package org.moto4j.iam.internal.group;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * The groups of one account in one partition, and their members (by user id, so that renaming a
 * user or a group keeps memberships). Reads are lock-free; changes hold the account's IAM lock,
 * shared with the other stores through {@link org.moto4j.iam.internal.IamBackend}.
 */
public final class Groups {

  /** How many groups a user may belong to. */
  public static final int MAX_PER_USER = 10;

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, Group> byKey = new ConcurrentSkipListMap<>();
  private final Map<String, Group> byId = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> membersByGroupId = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> groupIdsByUserId = new ConcurrentHashMap<>();

  public Groups(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /** The group of this name, whatever its case. */
  public Optional<Group> find(String name) {
    return Optional.ofNullable(byKey.get(Group.key(name)));
  }

  /**
   * The group of this name, whatever its case.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public Group get(String name) {
    return find(name).orElseThrow(() -> IamErrors.NO_SUCH_GROUP.exception(name));
  }

  /** The group with this unique id. */
  public Optional<Group> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every group, by name. */
  public Collection<Group> all() {
    return byKey.values();
  }

  /** A page of the groups whose path starts with {@code pathPrefix}, by name. */
  public Page<Group> list(String pathPrefix, Paging paging) {
    return paging.page(byKey, group -> group.path().startsWith(pathPrefix));
  }

  /** The groups user {@code userId} belongs to, by name. */
  public List<Group> groupsOf(String userId) {
    return groupIdsByUserId.getOrDefault(userId, Set.of()).stream()
        .map(byId::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(Group::key))
        .toList();
  }

  /** The unique ids of the users in group {@code groupId}. */
  public Set<String> memberIds(String groupId) {
    return Set.copyOf(membersByGroupId.getOrDefault(groupId, Set.of()));
  }

  /**
   * Creates a group.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} when a group of this
   *     name, in any case, exists
   */
  public Group create(String name, String path) {
    synchronized (lock) {
      if (byKey.containsKey(Group.key(name))) {
        throw IamErrors.GROUP_ALREADY_EXISTS.exception(name);
      }
      Group group =
          new Group(
              name,
              path,
              AccessKeyIds.uniqueId("AGPA"),
              Group.arn(partition, account, path, name),
              clock.instant());
      byId.put(group.id(), group);
      byKey.put(group.key(), group);
      return group;
    }
  }

  /**
   * Renames and/or moves a group; {@code null} keeps the name or path. Members stay.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code
   *     EntityAlreadyExists} when another group has the new name
   */
  public Group move(String name, String newName, String newPath) {
    synchronized (lock) {
      Group current = get(name);
      Group moved =
          current.moved(
              newName == null ? current.name() : newName,
              newPath == null ? current.path() : newPath,
              partition,
              account);
      boolean renamed = !moved.key().equals(current.key());
      if (renamed && byKey.containsKey(moved.key())) {
        throw IamErrors.GROUP_ALREADY_EXISTS.exception(moved.name());
      }
      // New name first, old name after: a concurrent reader never finds the group missing.
      byKey.put(moved.key(), moved);
      byId.put(moved.id(), moved);
      if (renamed) {
        byKey.remove(current.key());
      }
      return moved;
    }
  }

  /** Adds a user to a group; the caller holds the lock and has checked both exist. */
  public void addMember(String groupId, String userId) {
    synchronized (lock) {
      membersByGroupId.computeIfAbsent(groupId, id -> ConcurrentHashMap.newKeySet()).add(userId);
      groupIdsByUserId.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(groupId);
    }
  }

  /** Removes a user from a group; whether it was a member. */
  public boolean removeMember(String groupId, String userId) {
    synchronized (lock) {
      Set<String> members = membersByGroupId.get(groupId);
      boolean removed = members != null && members.remove(userId);
      Set<String> groups = groupIdsByUserId.get(userId);
      if (groups != null) {
        groups.remove(groupId);
        if (groups.isEmpty()) {
          groupIdsByUserId.remove(userId);
        }
      }
      return removed;
    }
  }

  /** Whether user {@code userId} is in group {@code groupId}. */
  public boolean isMember(String groupId, String userId) {
    return membersByGroupId.getOrDefault(groupId, Set.of()).contains(userId);
  }

  /** Forgets a group; the caller holds the lock and has checked nothing depends on it. */
  public void remove(Group group) {
    synchronized (lock) {
      byKey.remove(group.key());
      byId.remove(group.id());
      Set<String> members = membersByGroupId.remove(group.id());
      if (members != null) {
        members.forEach(userId -> removeMember(group.id(), userId));
      }
    }
  }
}
