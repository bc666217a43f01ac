package org.moto4j.iam.internal.provider;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The OpenID Connect providers of one account in one partition, by ARN. Reads are lock-free;
 * changes hold the account's IAM lock.
 */
public final class OpenIdConnectProviders {

  /** AWS's default quota of OIDC providers per account. */
  public static final int MAX_PER_ACCOUNT = 100;

  /** The most client ids (audiences) a provider may have. */
  public static final int MAX_CLIENT_IDS = 100;

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, OpenIdConnectProvider> byKey = new ConcurrentSkipListMap<>();

  public OpenIdConnectProviders(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /** The provider with this ARN. */
  public Optional<OpenIdConnectProvider> find(String arn) {
    return Optional.ofNullable(byKey.get(OpenIdConnectProvider.key(arn)));
  }

  /**
   * The provider with this ARN.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public OpenIdConnectProvider get(String arn) {
    return find(arn).orElseThrow(() -> IamErrors.NO_SUCH_OIDC_PROVIDER.exception(arn));
  }

  /** Every provider, by ARN. */
  public Collection<OpenIdConnectProvider> all() {
    return byKey.values();
  }

  /**
   * Creates a provider for an issuer URL already checked and stripped of its scheme.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists} for a URL that has a
   *     provider, {@code LimitExceeded} past the account's quota or 100 client ids
   */
  public OpenIdConnectProvider create(
      String url, List<String> clientIds, List<String> thumbprints, Tags tags) {
    synchronized (lock) {
      String arn = OpenIdConnectProvider.arn(partition, account, url);
      if (byKey.containsKey(OpenIdConnectProvider.key(arn))) {
        throw IamErrors.OIDC_PROVIDER_ALREADY_EXISTS.exception("https://" + url);
      }
      if (byKey.size() >= MAX_PER_ACCOUNT) {
        throw IamErrors.OIDC_PROVIDERS_PER_ACCOUNT.exception(MAX_PER_ACCOUNT);
      }
      List<String> distinct = clientIds.stream().distinct().toList();
      if (distinct.size() > MAX_CLIENT_IDS) {
        throw IamErrors.CLIENT_IDS_PER_OIDC_PROVIDER.exception(MAX_CLIENT_IDS);
      }
      OpenIdConnectProvider provider =
          new OpenIdConnectProvider(url, arn, distinct, thumbprints, clock.instant(), tags);
      byKey.put(OpenIdConnectProvider.key(arn), provider);
      return provider;
    }
  }

  /**
   * Deletes a provider.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public void delete(String arn) {
    synchronized (lock) {
      if (byKey.remove(OpenIdConnectProvider.key(arn)) == null) {
        throw IamErrors.NO_SUCH_OIDC_PROVIDER_TO_DELETE.exception(arn);
      }
    }
  }

  /** Adds a client id; one the provider has already is left as it is. */
  public OpenIdConnectProvider addClientId(String arn, String clientId) {
    synchronized (lock) {
      OpenIdConnectProvider current = get(arn);
      if (current.clientIds().contains(clientId)) {
        return current;
      }
      if (current.clientIds().size() >= MAX_CLIENT_IDS) {
        throw IamErrors.CLIENT_IDS_PER_OIDC_PROVIDER.exception(MAX_CLIENT_IDS);
      }
      List<String> clientIds = new ArrayList<>(current.clientIds());
      clientIds.add(clientId);
      return replace(current.withClientIds(clientIds));
    }
  }

  /** Removes a client id; one the provider does not have is ignored, as in AWS. */
  public OpenIdConnectProvider removeClientId(String arn, String clientId) {
    synchronized (lock) {
      OpenIdConnectProvider current = get(arn);
      List<String> clientIds = new ArrayList<>(current.clientIds());
      clientIds.remove(clientId);
      return replace(current.withClientIds(clientIds));
    }
  }

  /** Replaces the thumbprint list whole. */
  public OpenIdConnectProvider setThumbprints(String arn, List<String> thumbprints) {
    synchronized (lock) {
      return replace(get(arn).withThumbprints(thumbprints));
    }
  }

  /**
   * Sets tags over a provider's.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code LimitExceeded} past fifty tags
   */
  public OpenIdConnectProvider tag(String arn, Tags added) {
    synchronized (lock) {
      OpenIdConnectProvider current = get(arn);
      Tags merged = current.tags().with(added, IamErrors.TAGS_PER_OIDC_PROVIDER);
      return replace(current.withTags(merged));
    }
  }

  /** Removes tags by key (any case). */
  public OpenIdConnectProvider untag(String arn, Collection<String> keys) {
    synchronized (lock) {
      OpenIdConnectProvider current = get(arn);
      return replace(current.withTags(current.tags().without(keys)));
    }
  }

  public int size() {
    return byKey.size();
  }

  private OpenIdConnectProvider replace(OpenIdConnectProvider provider) {
    byKey.put(OpenIdConnectProvider.key(provider.arn()), provider);
    return provider;
  }
}
