package org.moto4j.iam.internal.user;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The users of one account in one partition. Reads are lock-free; changes hold the account's IAM
 * lock, which {@link org.moto4j.iam.internal.IamBackend} shares with the other stores so that a
 * change spanning several (deleting a user that has keys) is atomic.
 */
public final class Users {

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, User> byKey = new ConcurrentSkipListMap<>();
  private final Map<String, User> byId = new ConcurrentHashMap<>();

  public Users(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /** The user of this name, whatever its case. */
  public Optional<User> find(String name) {
    return Optional.ofNullable(byKey.get(User.key(name)));
  }

  /**
   * The user of this name, whatever its case.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public User get(String name) {
    return find(name).orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(name));
  }

  /** The user with this unique id. */
  public Optional<User> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The user with this ARN. */
  public Optional<User> findByArn(String arn) {
    return byId.values().stream().filter(user -> user.arn().equals(arn)).findFirst();
  }

  /** Every user, by name. */
  public Collection<User> all() {
    return byKey.values();
  }

  /** A page of the users whose path starts with {@code pathPrefix}, by name. */
  public Page<User> list(String pathPrefix, Paging paging) {
    return paging.page(byKey, user -> user.path().startsWith(pathPrefix));
  }

  /**
   * Creates a user.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} when a user of this
   *     name, in any case, exists
   */
  public User create(String name, String path, String permissionsBoundary, Tags tags) {
    synchronized (lock) {
      if (byKey.containsKey(User.key(name))) {
        throw IamErrors.USER_ALREADY_EXISTS.exception(name);
      }
      User user =
          new User(
              name,
              path,
              AccessKeyIds.uniqueId("AIDA"),
              User.arn(partition, account, path, name),
              clock.instant(),
              permissionsBoundary,
              tags);
      byId.put(user.id(), user);
      byKey.put(user.key(), user);
      return user;
    }
  }

  /**
   * Renames and/or moves a user; {@code null} keeps the name or path.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code
   *     EntityAlreadyExists} when another user has the new name
   */
  public User move(String name, String newName, String newPath) {
    synchronized (lock) {
      User current = get(name);
      User moved =
          current.moved(
              newName == null ? current.name() : newName,
              newPath == null ? current.path() : newPath,
              partition,
              account);
      boolean renamed = !moved.key().equals(current.key());
      if (renamed && byKey.containsKey(moved.key())) {
        throw IamErrors.USER_ALREADY_EXISTS.exception(moved.name());
      }
      // New name first, old name after: a concurrent reader never finds the user missing.
      replace(moved);
      if (renamed) {
        byKey.remove(current.key());
      }
      return moved;
    }
  }

  /**
   * Sets tags over a user's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code LimitExceeded}
   *     past fifty tags
   */
  public User tag(String name, Tags added) {
    synchronized (lock) {
      User current = get(name);
      Tags merged = current.tags().with(added, IamErrors.TAGS_PER_USER);
      return replace(current.withTags(merged));
    }
  }

  /** Removes tags from a user; keys it does not have are ignored. */
  public User untag(String name, Collection<String> keys) {
    synchronized (lock) {
      User current = get(name);
      return replace(current.withTags(current.tags().without(keys)));
    }
  }

  /** Sets ({@code null}: removes) a user's permissions boundary. */
  public User setPermissionsBoundary(String name, String boundary) {
    synchronized (lock) {
      return replace(get(name).withPermissionsBoundary(boundary));
    }
  }

  /** Forgets a user; the caller holds the lock and has checked nothing depends on it. */
  public void remove(User user) {
    synchronized (lock) {
      byKey.remove(user.key());
      byId.remove(user.id());
    }
  }

  private User replace(User user) {
    byKey.put(user.key(), user);
    byId.put(user.id(), user);
    return user;
  }
}
