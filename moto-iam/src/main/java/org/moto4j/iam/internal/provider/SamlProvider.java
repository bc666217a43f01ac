package org.moto4j.iam.internal.provider;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.tag.Tags;

/**
 * A SAML 2.0 identity provider, immutable: a change makes a new value.
 *
 * @param name its name, case kept as created
 * @param arn {@code arn:<partition>:iam::<account>:saml-provider/<name>}
 * @param uuid the id IAM gives it ({@code SAMLProviderUUID})
 * @param metadataDocument the IdP's metadata, exactly as uploaded
 * @param createDate when it was created
 * @param validUntil the metadata's {@code validUntil}, or a hundred years after its upload
 * @param encryptionMode {@code Required} or {@code Allowed}, or {@code null} when never set
 * @param privateKeys the ids and upload times of the private keys assertions are decrypted with
 * @param tags its tags
 */
public record SamlProvider(
    String name,
    String arn,
    String uuid,
    String metadataDocument,
    Instant createDate,
    Instant validUntil,
    String encryptionMode,
    List<PrivateKey> privateKeys,
    Tags tags) {

  /** A private key as IAM shows it: its id and when it was added, never the key. */
  public record PrivateKey(String keyId, Instant timestamp) {}

  public SamlProvider {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(metadataDocument, "metadataDocument");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(validUntil, "validUntil");
    privateKeys = List.copyOf(privateKeys);
    Objects.requireNonNull(tags, "tags");
  }

  /** The ARN of provider {@code name}. */
  public static String arn(String partition, AccountId account, String name) {
    return "arn:" + partition + ":iam::" + account.value() + ":saml-provider/" + name;
  }

  /** Provider names are unique regardless of case: the key they collide on. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  SamlProvider with(
      String newDocument, Instant newValidUntil, String newMode, List<PrivateKey> newKeys) {
    return new SamlProvider(
        name, arn, uuid, newDocument, createDate, newValidUntil, newMode, newKeys, tags);
  }

  SamlProvider withTags(Tags newTags) {
    return new SamlProvider(
        name,
        arn,
        uuid,
        metadataDocument,
        createDate,
        validUntil,
        encryptionMode,
        privateKeys,
        newTags);
  }
}
