package org.moto4j.core.access;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;

/**
 * The {@link SessionAttributes} of the sessions STS issued, by access key id: STS records them, IAM
 * reads session policies and tags back when access control evaluates a request. Kept beside core's
 * credential registry rather than in it, so that credentials stay plain keys.
 */
@Singleton
public final class IssuedSessions implements ResetListener {

  private final Map<String, Entry> byAccessKeyId = new ConcurrentHashMap<>();

  private record Entry(AccountId account, SessionAttributes attributes) {}

  /**
   * Records what the session of {@code accessKeyId}, acting in {@code account}, was issued with.
   */
  public void record(String accessKeyId, AccountId account, SessionAttributes attributes) {
    byAccessKeyId.put(accessKeyId, new Entry(account, attributes));
  }

  /** What the session of {@code accessKeyId} was issued with, if STS recorded it. */
  public Optional<SessionAttributes> find(String accessKeyId) {
    Entry entry = accessKeyId == null ? null : byAccessKeyId.get(accessKeyId);
    return entry == null ? Optional.empty() : Optional.of(entry.attributes());
  }

  @Override
  public void resetAll() {
    byAccessKeyId.clear();
  }

  @Override
  public void reset(AccountId account) {
    byAccessKeyId.values().removeIf(entry -> entry.account().equals(account));
  }
}
