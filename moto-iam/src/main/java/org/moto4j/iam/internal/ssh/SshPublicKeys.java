package org.moto4j.iam.internal.ssh;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.Users;

/**
 * The SSH public keys of one account's users. Changes hold the account's IAM lock; reads are
 * lock-free.
 */
public final class SshPublicKeys {

  /** How many SSH public keys a user may have, as AWS's default quota. */
  public static final int MAX_PER_USER = 5;

  private static final Comparator<SshPublicKey> OLDEST_FIRST =
      Comparator.comparing(SshPublicKey::uploadDate).thenComparing(SshPublicKey::id);

  private final Users users;
  private final Clock clock;
  private final Object lock;
  private final Map<String, SshPublicKey> byId = new ConcurrentHashMap<>();

  public SshPublicKeys(Users users, Clock clock, Object lock) {
    this.users = users;
    this.clock = clock;
    this.lock = lock;
  }

  /** The keys of the user with this unique id, oldest first. */
  public List<SshPublicKey> ownedBy(String userId) {
    return byId.values().stream()
        .filter(key -> key.userId().equals(userId))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /**
   * The key {@code id} of {@code user}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when the user has no such
   *     key
   */
  public SshPublicKey get(User user, String id) {
    SshPublicKey key = byId.get(id);
    if (key == null || !key.userId().equals(user.id())) {
      throw IamErrors.NO_SUCH_SSH_PUBLIC_KEY.exception(id);
    }
    return key;
  }

  /**
   * Uploads a key for a user, active.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a user gone since,
   *     {@code DuplicateSSHPublicKey} when the user has this key, or {@code LimitExceeded} past
   *     five keys
   */
  public SshPublicKey upload(User user, SshPublicKeyMaterial material) {
    synchronized (lock) {
      User current =
          users
              .findById(user.id())
              .orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(user.name()));
      List<SshPublicKey> owned = ownedBy(current.id());
      if (owned.stream()
          .anyMatch(key -> key.material().fingerprint().equals(material.fingerprint()))) {
        throw IamErrors.DUPLICATE_SSH_PUBLIC_KEY.exception();
      }
      if (owned.size() >= MAX_PER_USER) {
        throw IamErrors.SSH_PUBLIC_KEYS_PER_USER.exception(MAX_PER_USER);
      }
      SshPublicKey key =
          new SshPublicKey(
              AccessKeyIds.uniqueId("APKA"), current.id(), material, true, clock.instant());
      byId.put(key.id(), key);
      return key;
    }
  }

  /** Activates or deactivates a key. */
  public void setActive(User user, String id, boolean active) {
    synchronized (lock) {
      byId.put(id, get(user, id).withActive(active));
    }
  }

  /** Deletes a key. */
  public void delete(User user, String id) {
    synchronized (lock) {
      get(user, id);
      byId.remove(id);
    }
  }
}
