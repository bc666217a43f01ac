package org.moto4j.iam.internal.accesskey;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.iam.internal.IamErrors;

/**
 * The access keys of one account in one partition, and their entries in core's {@link
 * CredentialRegistry}: an active key is registered, so requests signed with it act in the account
 * as its owner; an inactive or deleted key is not, so such requests resolve as if the key were
 * unknown. Changes hold the account's IAM lock; callers pass the owner as it is under that lock.
 */
public final class AccessKeys {

  /** How many keys a user (or the root) may have, active or not. */
  public static final int MAX_PER_OWNER = 2;

  private static final Comparator<AccessKey> OLDEST_FIRST =
      Comparator.comparing(AccessKey::createDate).thenComparing(AccessKey::id);

  private final AccountId account;
  private final CredentialRegistry credentials;
  private final Object lock;
  private final Map<String, AccessKey> byId = new ConcurrentHashMap<>();

  public AccessKeys(AccountId account, CredentialRegistry credentials, Object lock) {
    this.account = account;
    this.credentials = credentials;
    this.lock = lock;
  }

  /** The key with this id, whoever owns it. */
  public Optional<AccessKey> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The keys of an owner, oldest first. */
  public List<AccessKey> ownedBy(String ownerId) {
    return byId.values().stream()
        .filter(key -> key.ownerId().equals(ownerId))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /**
   * The key {@code id} of {@code owner}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when the owner has no such
   *     key
   */
  public AccessKey get(KeyOwner owner, String id) {
    return find(id)
        .filter(key -> key.ownerId().equals(owner.id()))
        .orElseThrow(() -> IamErrors.NO_SUCH_ACCESS_KEY.exception(id));
  }

  /**
   * Creates an active key and registers it.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code LimitExceeded} when the owner has two
   */
  public AccessKey create(KeyOwner owner, Instant now) {
    synchronized (lock) {
      if (ownedBy(owner.id()).size() >= MAX_PER_OWNER) {
        throw IamErrors.ACCESS_KEYS_PER_USER.exception(MAX_PER_OWNER);
      }
      AccessKey key =
          new AccessKey(
              AccessKeyIds.generate(AccessKeyIds.LONG_TERM_PREFIX, account),
              AccessKeyIds.secret(),
              owner.id(),
              AccessKey.Status.ACTIVE,
              now);
      byId.put(key.id(), key);
      credentials.register(owner.credential(key));
      return key;
    }
  }

  /** Activates or deactivates a key: registers or revokes it. */
  public AccessKey setStatus(KeyOwner owner, String id, AccessKey.Status status) {
    synchronized (lock) {
      AccessKey current = get(owner, id);
      if (current.status() == status) {
        return current;
      }
      AccessKey updated = current.withStatus(status);
      byId.put(id, updated);
      if (status == AccessKey.Status.ACTIVE) {
        credentials.register(owner.credential(updated));
      } else {
        credentials.revoke(id);
      }
      return updated;
    }
  }

  /** Deletes a key and revokes it. */
  public void delete(KeyOwner owner, String id) {
    synchronized (lock) {
      get(owner, id);
      byId.remove(id);
      credentials.revoke(id);
    }
  }

  /**
   * Registers the owner's active keys again after a rename or move, so that requests signed with
   * them act as the owner's new ARN.
   */
  public void ownerChanged(KeyOwner owner) {
    synchronized (lock) {
      for (AccessKey key : ownedBy(owner.id())) {
        if (key.status() == AccessKey.Status.ACTIVE) {
          credentials.revoke(key.id());
          credentials.register(owner.credential(key));
        }
      }
    }
  }

  /** Revokes and forgets every key, as a reset of the account does. */
  public void revokeAll() {
    synchronized (lock) {
      byId.keySet().forEach(credentials::revoke);
      byId.clear();
    }
  }
}
