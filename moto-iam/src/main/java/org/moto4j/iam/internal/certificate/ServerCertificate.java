package org.moto4j.iam.internal.certificate;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.AccountId;
import org.moto4j.iam.internal.tag.Tags;

/**
 * A server certificate, as load balancers and CloudFront use them; its private key is checked on
 * upload and never kept.
 *
 * @param name the name, case kept as uploaded
 * @param path the path
 * @param id the unique id ({@code ASCA…})
 * @param arn {@code arn:<partition>:iam::<account>:server-certificate<path><name>}
 * @param body the PEM certificate, as uploaded
 * @param chain the PEM chain, or {@code null}
 * @param uploadDate when it was uploaded
 * @param expiration the certificate's {@code notAfter}
 * @param tags its tags
 */
public record ServerCertificate(
    String name,
    String path,
    String id,
    String arn,
    String body,
    String chain,
    Instant uploadDate,
    Instant expiration,
    Tags tags) {

  public ServerCertificate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(uploadDate, "uploadDate");
    Objects.requireNonNull(expiration, "expiration");
    Objects.requireNonNull(tags, "tags");
  }

  /** The ARN of certificate {@code name} at {@code path}. */
  static String arn(String partition, AccountId account, String path, String name) {
    return "arn:" + partition + ":iam::" + account.value() + ":server-certificate" + path + name;
  }

  /** Names are unique regardless of case: the key they collide on. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  String key() {
    return key(name);
  }

  ServerCertificate moved(String newName, String newPath, String partition, AccountId account) {
    return new ServerCertificate(
        newName,
        newPath,
        id,
        arn(partition, account, newPath, newName),
        body,
        chain,
        uploadDate,
        expiration,
        tags);
  }

  ServerCertificate withTags(Tags newTags) {
    return new ServerCertificate(name, path, id, arn, body, chain, uploadDate, expiration, newTags);
  }
}
