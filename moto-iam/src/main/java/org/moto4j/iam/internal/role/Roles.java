package org.moto4j.iam.internal.role;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The roles of one account in one partition. Reads are lock-free; changes hold the account's IAM
 * lock, shared with the other stores through {@link org.moto4j.iam.internal.IamBackend}.
 */
public final class Roles {

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, Role> byKey = new ConcurrentSkipListMap<>();
  private final Map<String, Role> byId = new ConcurrentHashMap<>();
  private final Map<String, String> deletionTasks = new ConcurrentHashMap<>();

  public Roles(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /** The role of this name, whatever its case. */
  public Optional<Role> find(String name) {
    return Optional.ofNullable(byKey.get(Role.key(name)));
  }

  /**
   * The role of this name, whatever its case.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public Role get(String name) {
    return find(name).orElseThrow(() -> IamErrors.NO_SUCH_ROLE.exception(name));
  }

  /** The role with this unique id. */
  public Optional<Role> findById(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The role with this ARN. */
  public Optional<Role> findByArn(String arn) {
    int slash = arn.lastIndexOf('/');
    return find(arn.substring(slash + 1)).filter(role -> role.arn().equals(arn));
  }

  /** Every role, by name. */
  public Collection<Role> all() {
    return byKey.values();
  }

  /** A page of the roles whose path starts with {@code pathPrefix}, by name. */
  public Page<Role> list(String pathPrefix, Paging paging) {
    return paging.page(byKey, role -> role.path().startsWith(pathPrefix));
  }

  /**
   * Creates a role.
   *
   * @param description the description, or {@code null}
   * @param boundary the permissions boundary's ARN, or {@code null}
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} when a role of this
   *     name, in any case, exists
   */
  public Role create(
      String name,
      String path,
      String trustPolicy,
      String description,
      int maxSessionDuration,
      String boundary,
      Tags tags) {
    synchronized (lock) {
      if (byKey.containsKey(Role.key(name))) {
        throw IamErrors.ROLE_ALREADY_EXISTS.exception(name);
      }
      Role role =
          new Role(
              name,
              path,
              AccessKeyIds.uniqueId("AROA"),
              Role.arn(partition, account, path, name),
              clock.instant(),
              trustPolicy,
              description,
              maxSessionDuration,
              boundary,
              tags,
              RoleLastUsed.NEVER);
      byId.put(role.id(), role);
      byKey.put(role.key(), role);
      return role;
    }
  }

  /** Replaces a role's trust policy. */
  public Role updateTrustPolicy(String name, String document) {
    return change(name, role -> role.withTrustPolicy(document));
  }

  /** Sets a role's description and/or maximum session duration; {@code null} keeps the current. */
  public Role update(String name, String description, Integer maxSessionDuration) {
    return change(
        name,
        role ->
            role.withSettings(
                description == null ? role.description() : description,
                maxSessionDuration == null ? role.maxSessionDuration() : maxSessionDuration));
  }

  /** Sets ({@code null}: removes) a role's permissions boundary. */
  public Role setPermissionsBoundary(String name, String boundary) {
    return change(name, role -> role.withPermissionsBoundary(boundary));
  }

  /**
   * Sets tags over a role's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code LimitExceeded}
   *     past fifty tags
   */
  public Role tag(String name, Tags added) {
    return change(
        name,
        role -> {
          Tags merged = role.tags().with(added, IamErrors.TAGS_PER_ROLE);
          return role.withTags(merged);
        });
  }

  /** Removes tags from a role; keys it does not have are ignored. */
  public Role untag(String name, Collection<String> keys) {
    return change(name, role -> role.withTags(role.tags().without(keys)));
  }

  /**
   * Records the deletion of a service-linked role, done at once, and answers its task id: {@code
   * task/aws-service-role/<service>/<role>/<uuid>}.
   */
  public String recordDeletionTask(Role role) {
    String taskId = "task" + role.path() + role.name() + "/" + UUID.randomUUID();
    deletionTasks.put(taskId, "SUCCEEDED");
    return taskId;
  }

  /** The status of a service-linked role deletion task, if it is one of this account's. */
  public Optional<String> deletionStatus(String taskId) {
    return Optional.ofNullable(deletionTasks.get(taskId));
  }

  /** Forgets a role; the caller holds the lock and has checked nothing depends on it. */
  public void remove(Role role) {
    synchronized (lock) {
      byKey.remove(role.key());
      byId.remove(role.id());
    }
  }

  private Role change(String name, UnaryOperator<Role> change) {
    synchronized (lock) {
      return replace(change.apply(get(name)));
    }
  }

  private Role replace(Role role) {
    byKey.put(role.key(), role);
    byId.put(role.id(), role);
    return role;
  }
}
