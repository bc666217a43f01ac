package org.moto4j.iam.internal.provider;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The SAML providers of one account in one partition, by name (any case). Reads are lock-free;
 * changes hold the account's IAM lock.
 */
public final class SamlProviders {

  /** AWS's default quota of SAML providers per account. */
  public static final int MAX_PER_ACCOUNT = 100;

  /** The most private keys a provider may have at once. */
  public static final int MAX_PRIVATE_KEYS = 2;

  static final String REQUIRED = "Required";

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, SamlProvider> byKey = new ConcurrentSkipListMap<>();

  public SamlProviders(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /** The provider with this ARN (its name compared without case). */
  public Optional<SamlProvider> find(String arn) {
    String prefix = SamlProvider.arn(partition, account, "");
    if (!arn.startsWith(prefix)) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(SamlProvider.key(arn.substring(prefix.length()))));
  }

  /**
   * The provider with this ARN.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public SamlProvider get(String arn) {
    return find(arn).orElseThrow(() -> IamErrors.NO_SUCH_SAML_PROVIDER.exception(arn));
  }

  /** Every provider, by name. */
  public Collection<SamlProvider> all() {
    return byKey.values();
  }

  public int size() {
    return byKey.size();
  }

  /**
   * Creates a provider from metadata already checked for its {@code validUntil}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists}, {@code
   *     LimitExceeded}, or {@code InvalidInput} when encryption is required with no key
   */
  public SamlProvider create(
      String name,
      String document,
      Optional<Instant> validUntil,
      String encryptionMode,
      boolean withPrivateKey,
      Tags tags) {
    if (REQUIRED.equals(encryptionMode) && !withPrivateKey) {
      throw IamErrors.SAML_ENCRYPTION_WITHOUT_KEY.exception();
    }
    synchronized (lock) {
      if (byKey.containsKey(SamlProvider.key(name))) {
        throw IamErrors.SAML_PROVIDER_ALREADY_EXISTS.exception(name);
      }
      if (byKey.size() >= MAX_PER_ACCOUNT) {
        throw IamErrors.SAML_PROVIDERS_PER_ACCOUNT.exception(MAX_PER_ACCOUNT);
      }
      Instant now = clock.instant();
      List<SamlProvider.PrivateKey> keys =
          withPrivateKey ? List.of(newKey(now)) : List.<SamlProvider.PrivateKey>of();
      SamlProvider provider =
          new SamlProvider(
              name,
              SamlProvider.arn(partition, account, name),
              AccessKeyIds.uniqueId("SAMLP"),
              document,
              now,
              validUntil.orElseGet(() -> hundredYearsAfter(now)),
              encryptionMode,
              keys,
              tags);
      byKey.put(SamlProvider.key(name), provider);
      return provider;
    }
  }

  /**
   * Applies an update: a new metadata document (with its {@code validUntil}), an encryption mode, a
   * private key added or one removed; {@code null} leaves a part as it is.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, {@code LimitExceeded} for a
   *     third key, {@code InvalidInput} for a key it does not have or encryption left without one
   */
  public SamlProvider update(
      String arn,
      String document,
      Optional<Instant> validUntil,
      String encryptionMode,
      boolean addPrivateKey,
      String removePrivateKey) {
    synchronized (lock) {
      SamlProvider current = get(arn);
      Instant now = clock.instant();
      List<SamlProvider.PrivateKey> keys = new ArrayList<>(current.privateKeys());
      if (addPrivateKey) {
        if (keys.size() >= MAX_PRIVATE_KEYS) {
          throw IamErrors.SAML_PRIVATE_KEYS_PER_PROVIDER.exception(MAX_PRIVATE_KEYS);
        }
        keys.add(newKey(now));
      }
      String mode = encryptionMode == null ? current.encryptionMode() : encryptionMode;
      if (removePrivateKey != null) {
        if (!keys.removeIf(key -> key.keyId().equals(removePrivateKey))) {
          throw IamErrors.SAML_NO_SUCH_PRIVATE_KEY.exception();
        }
        if (keys.isEmpty() && REQUIRED.equals(mode)) {
          throw IamErrors.SAML_LAST_PRIVATE_KEY_REQUIRED.exception();
        }
      }
      if (keys.isEmpty() && REQUIRED.equals(mode)) {
        throw IamErrors.SAML_ENCRYPTION_WITHOUT_KEY.exception();
      }
      SamlProvider updated =
          current.with(
              document == null ? current.metadataDocument() : document,
              document == null
                  ? current.validUntil()
                  : validUntil.orElseGet(() -> hundredYearsAfter(now)),
              mode,
              keys);
      return replace(updated);
    }
  }

  /**
   * Deletes a provider.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public void delete(String arn) {
    synchronized (lock) {
      byKey.remove(SamlProvider.key(get(arn).name()));
    }
  }

  /**
   * Sets tags over a provider's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code LimitExceeded} past fifty tags
   */
  public SamlProvider tag(String arn, Tags added) {
    synchronized (lock) {
      SamlProvider current = get(arn);
      Tags merged = current.tags().with(added, IamErrors.TAGS_PER_SAML_PROVIDER);
      return replace(current.withTags(merged));
    }
  }

  /** Removes tags by key (any case). */
  public SamlProvider untag(String arn, Collection<String> keys) {
    synchronized (lock) {
      SamlProvider current = get(arn);
      return replace(current.withTags(current.tags().without(keys)));
    }
  }

  private SamlProvider replace(SamlProvider provider) {
    byKey.put(SamlProvider.key(provider.name()), provider);
    return provider;
  }

  private static SamlProvider.PrivateKey newKey(Instant now) {
    return new SamlProvider.PrivateKey(AccessKeyIds.uniqueId("SAMLK"), now);
  }

  /** IAM's {@code ValidUntil} for metadata that states none. */
  private static Instant hundredYearsAfter(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).plusYears(100).toInstant();
  }
}
