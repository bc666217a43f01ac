package org.moto4j.core.auth;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;

/**
 * Every credential moto4j issued (STS sessions, IAM access keys), by access key id. Requests signed
 * with one of them act in its account as its principal.
 */
@Singleton
public final class CredentialRegistry implements ResetListener {

  private final Map<String, IssuedCredential> byAccessKeyId = new ConcurrentHashMap<>();

  /** Records a credential; its access key id must be new. */
  public void register(IssuedCredential credential) {
    IssuedCredential previous = byAccessKeyId.putIfAbsent(credential.accessKeyId(), credential);
    if (previous != null) {
      throw new IllegalStateException("Access key id issued twice: " + credential.accessKeyId());
    }
  }

  /** The credential with this access key id, if moto4j issued it and it was not revoked. */
  public Optional<IssuedCredential> find(String accessKeyId) {
    return accessKeyId == null
        ? Optional.empty()
        : Optional.ofNullable(byAccessKeyId.get(accessKeyId));
  }

  /** Forgets a credential, as IAM DeleteAccessKey does. */
  public void revoke(String accessKeyId) {
    byAccessKeyId.remove(accessKeyId);
  }

  /** The credentials acting in {@code account}. */
  public List<IssuedCredential> inAccount(AccountId account) {
    return byAccessKeyId.values().stream().filter(c -> c.account().equals(account)).toList();
  }

  /** Every credential. */
  public Collection<IssuedCredential> all() {
    return List.copyOf(byAccessKeyId.values());
  }

  @Override
  public void resetAll() {
    byAccessKeyId.clear();
  }

  @Override
  public void reset(AccountId account) {
    byAccessKeyId.values().removeIf(c -> c.account().equals(account));
  }
}
