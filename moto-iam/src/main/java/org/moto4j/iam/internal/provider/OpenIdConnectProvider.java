package org.moto4j.iam.internal.provider;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.tag.Tags;

/**
 * An OpenID Connect identity provider, immutable: a change makes a new value.
 *
 * @param url the issuer URL without its {@code https://} scheme, as IAM returns it
 * @param arn {@code arn:<partition>:iam::<account>:oidc-provider/<url>}
 * @param clientIds the audiences it accepts, in the order added
 * @param thumbprints the server certificate thumbprints, lower case
 * @param createDate when it was created
 * @param tags its tags
 */
public record OpenIdConnectProvider(
    String url,
    String arn,
    List<String> clientIds,
    List<String> thumbprints,
    Instant createDate,
    Tags tags) {

  public OpenIdConnectProvider {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(arn, "arn");
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(tags, "tags");
  }

  /** The ARN of the provider of issuer {@code url} (without scheme). */
  public static String arn(String partition, AccountId account, String url) {
    return "arn:" + partition + ":iam::" + account.value() + ":oidc-provider/" + url;
  }

  /** Providers are unique by URL, host names compared without case: the key they collide on. */
  static String key(String arnOrUrl) {
    return arnOrUrl.toLowerCase(Locale.ROOT);
  }

  OpenIdConnectProvider withClientIds(List<String> newClientIds) {
    return new OpenIdConnectProvider(url, arn, newClientIds, thumbprints, createDate, tags);
  }

  OpenIdConnectProvider withThumbprints(List<String> newThumbprints) {
    return new OpenIdConnectProvider(url, arn, clientIds, newThumbprints, createDate, tags);
  }

  OpenIdConnectProvider withTags(Tags newTags) {
    return new OpenIdConnectProvider(url, arn, clientIds, thumbprints, createDate, newTags);
  }
}
