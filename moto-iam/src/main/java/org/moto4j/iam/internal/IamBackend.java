package org.moto4j.iam.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.iam.internal.accesskey.AccessKey;
import org.moto4j.iam.internal.accesskey.AccessKeys;
import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.Users;

/**
 * The IAM state of one account in one partition: its stores, and the changes that span several of
 * them. Every change holds this account's lock (IAM changes are rare and small, and the lock makes
 * "delete a user that has no keys" atomic); reads never do. Closed when the account is reset, which
 * revokes its access keys.
 */
public final class IamBackend implements AutoCloseable {

  private final Object lock = new Object();
  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Instant created;
  private final Users users;
  private final AccessKeys accessKeys;

  public IamBackend(
      AccountId account, String partition, CredentialRegistry credentials, Clock clock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.created = clock.instant();
    this.users = new Users(account, partition, clock, lock);
    this.accessKeys = new AccessKeys(account, credentials, lock);
  }

  public AccountId account() {
    return account;
  }

  public String partition() {
    return partition;
  }

  /** When moto4j first saw the account: the root user's {@code CreateDate}. */
  public Instant created() {
    return created;
  }

  public Users users() {
    return users;
  }

  public AccessKeys accessKeys() {
    return accessKeys;
  }

  /** The account's root user as a key owner. */
  public KeyOwner root() {
    return KeyOwner.root(account, partition);
  }

  /** The name of the user with this unique id; empty for the root or a user gone since. */
  public Optional<String> userName(String ownerId) {
    return users.findById(ownerId).map(User::name);
  }

  /**
   * Deletes a user.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code DeleteConflict}
   *     while it has access keys
   */
  public void deleteUser(String name) {
    synchronized (lock) {
      User user = users.get(name);
      if (!accessKeys.ownedBy(user.id()).isEmpty()) {
        throw IamErrors.USER_HAS_ACCESS_KEYS.exception();
      }
      users.remove(user);
    }
  }

  /** Renames and/or moves a user; its keys then act as its new ARN. */
  public User moveUser(String name, String newName, String newPath) {
    synchronized (lock) {
      User moved = users.move(name, newName, newPath);
      accessKeys.ownerChanged(KeyOwner.of(account, moved));
      return moved;
    }
  }

  /** Creates a key for an owner that must still exist. */
  public AccessKey createAccessKey(KeyOwner owner) {
    synchronized (lock) {
      return accessKeys.create(current(owner), clock.instant());
    }
  }

  /** Activates or deactivates a key of an owner. */
  public AccessKey updateAccessKey(KeyOwner owner, String keyId, AccessKey.Status status) {
    synchronized (lock) {
      return accessKeys.setStatus(current(owner), keyId, status);
    }
  }

  /** Deletes a key of an owner. */
  public void deleteAccessKey(KeyOwner owner, String keyId) {
    synchronized (lock) {
      accessKeys.delete(current(owner), keyId);
    }
  }

  /** The owner as it is now: a user may have been renamed or deleted since the request read it. */
  private KeyOwner current(KeyOwner owner) {
    if (owner.isRoot()) {
      return owner;
    }
    return users
        .findById(owner.id())
        .map(user -> KeyOwner.of(account, user))
        .orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(owner.userName()));
  }

  @Override
  public void close() {
    accessKeys.revokeAll();
  }
}
