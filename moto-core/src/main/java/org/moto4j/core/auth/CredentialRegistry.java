package org.moto4j.core.auth;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.moto4j.core.AccountId;
import org.moto4j.core.backend.ResetListener;

/**
 * Every credential moto4j issued (STS sessions, IAM access keys), by access key id, and when each
 * was last used. Requests signed with one of them act in its account as its principal; IAM answers
 * {@code GetAccessKeyLastUsed} and a role's {@code RoleLastUsed} from the uses recorded here.
 */
@Singleton
public final class CredentialRegistry implements ResetListener {

  private final Map<String, IssuedCredential> byAccessKeyId = new ConcurrentHashMap<>();
  private final Map<String, CredentialUse> lastUseByKey = new ConcurrentHashMap<>();
  private final Map<RoleKey, CredentialUse> lastUseByRole = new ConcurrentHashMap<>();
  // Root credentials outlive resets: an account's root user is not a resource anyone created.
  private final Map<AccountId, IssuedCredential> rootByAccount = new ConcurrentHashMap<>();
  private final byte[] rootSecretSeed = AccessKeyIds.secret().getBytes(StandardCharsets.UTF_8);

  /** Records a credential; its access key id must be new. */
  public void register(IssuedCredential credential) {
    IssuedCredential previous = byAccessKeyId.putIfAbsent(credential.accessKeyId(), credential);
    if (previous != null) {
      throw new IllegalStateException("Access key id issued twice: " + credential.accessKeyId());
    }
  }

  /**
   * The credential with this access key id, if moto4j issued it and it was not revoked, or if it is
   * an account's root key ({@link #root}).
   */
  public Optional<IssuedCredential> find(String accessKeyId) {
    if (accessKeyId == null) {
      return Optional.empty();
    }
    IssuedCredential issued = byAccessKeyId.get(accessKeyId);
    if (issued == null && AccessKeyIds.isRoot(accessKeyId)) {
      return AccessKeyIds.accountOf(accessKeyId).map(this::root);
    }
    return Optional.ofNullable(issued);
  }

  /**
   * The root user's credentials of {@code account}: principal {@code arn:aws:iam::<account>:root},
   * allowed everything in its own account. The same for the life of this registry, resets included;
   * the secret is random per registry, so it must be fetched (the control plane's {@code GET
   * /moto-api/accounts/<id>/root-credentials}).
   */
  public IssuedCredential root(AccountId account) {
    return rootByAccount.computeIfAbsent(
        account,
        a ->
            new IssuedCredential(
                AccessKeyIds.root(a),
                rootSecret(a),
                null,
                null,
                a,
                a.rootArn("aws"),
                a.value(),
                IssuedCredential.Kind.ROOT));
  }

  private String rootSecret(AccountId account) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(rootSecretSeed, "HmacSHA256"));
      byte[] digest = mac.doFinal(account.value().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest).substring(0, 40);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forgets a credential, as IAM DeleteAccessKey does. */
  public void revoke(String accessKeyId) {
    byAccessKeyId.remove(accessKeyId);
    lastUseByKey.remove(accessKeyId);
  }

  /**
   * Records that a request signed with {@code credential} reached {@code service} in {@code
   * region}; a session of an assumed role also counts as a use of that role.
   */
  public void recordUse(IssuedCredential credential, String service, String region, Instant when) {
    CredentialUse use = new CredentialUse(when, service, region);
    lastUseByKey.put(credential.accessKeyId(), use);
    if (credential.kind() == IssuedCredential.Kind.ASSUMED_ROLE) {
      String role = roleName(credential.principalArn());
      if (role != null) {
        lastUseByRole.put(new RoleKey(credential.account(), role.toLowerCase(Locale.ROOT)), use);
      }
    }
  }

  /** The last use of an access key, if it was used since it was issued. */
  public Optional<CredentialUse> lastUse(String accessKeyId) {
    return Optional.ofNullable(lastUseByKey.get(accessKeyId));
  }

  /** The last use of any session of the role {@code roleName} (any case) of {@code account}. */
  public Optional<CredentialUse> lastRoleUse(AccountId account, String roleName) {
    return Optional.ofNullable(
        lastUseByRole.get(new RoleKey(account, roleName.toLowerCase(Locale.ROOT))));
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
    lastUseByKey.clear();
    lastUseByRole.clear();
  }

  @Override
  public void reset(AccountId account) {
    byAccessKeyId.values().removeIf(c -> c.account().equals(account));
    lastUseByKey.keySet().removeIf(key -> !byAccessKeyId.containsKey(key));
    lastUseByRole.keySet().removeIf(key -> key.account().equals(account));
  }

  /** The role name of {@code arn:...:assumed-role/NAME/SESSION}, or null for any other ARN. */
  private static String roleName(String principalArn) {
    int start = principalArn.indexOf(":assumed-role/");
    if (start < 0) {
      return null;
    }
    start += ":assumed-role/".length();
    int end = principalArn.indexOf('/', start);
    return end < 0 ? null : principalArn.substring(start, end);
  }

  /** A role, by account and lower-cased name: IAM role names are unique whatever their case. */
  private record RoleKey(AccountId account, String lowerCaseName) {}

  /**
   * One use of a credential.
   *
   * @param when when the request arrived
   * @param service the service it was for, such as {@code s3}
   * @param region the region it was signed for
   */
  public record CredentialUse(Instant when, String service, String region) {}
}
