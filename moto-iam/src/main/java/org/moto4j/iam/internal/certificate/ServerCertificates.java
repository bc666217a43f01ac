package org.moto4j.iam.internal.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.tag.Tags;

/** The server certificates of one account, by name. Changes hold the account's IAM lock. */
public final class ServerCertificates {

  /** How many server certificates an account may have, as AWS's default quota. */
  public static final int MAX_PER_ACCOUNT = 20;

  private final AccountId account;
  private final String partition;
  private final Clock clock;
  private final Object lock;
  private final NavigableMap<String, ServerCertificate> byKey = new ConcurrentSkipListMap<>();

  public ServerCertificates(AccountId account, String partition, Clock clock, Object lock) {
    this.account = account;
    this.partition = partition;
    this.clock = clock;
    this.lock = lock;
  }

  /**
   * The certificate of this name, whatever its case.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}
   */
  public ServerCertificate get(String name) {
    ServerCertificate certificate = byKey.get(ServerCertificate.key(name));
    if (certificate == null) {
      throw IamErrors.NO_SUCH_SERVER_CERTIFICATE.exception(name);
    }
    return certificate;
  }

  /** Every certificate of the account, by name. */
  public Collection<ServerCertificate> all() {
    return byKey.values();
  }

  /** A page of the certificates whose path starts with {@code pathPrefix}, by name. */
  public Page<ServerCertificate> list(String pathPrefix, Paging paging) {
    return paging.page(byKey, certificate -> certificate.path().startsWith(pathPrefix));
  }

  /**
   * Stores an uploaded certificate, already checked.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EntityAlreadyExists}, or {@code
   *     LimitExceeded} past twenty certificates
   */
  public ServerCertificate create(
      String name, String path, String body, String chain, Instant expiration, Tags tags) {
    synchronized (lock) {
      if (byKey.containsKey(ServerCertificate.key(name))) {
        throw IamErrors.SERVER_CERTIFICATE_ALREADY_EXISTS.exception(name);
      }
      if (byKey.size() >= MAX_PER_ACCOUNT) {
        throw IamErrors.SERVER_CERTIFICATES_PER_ACCOUNT.exception(MAX_PER_ACCOUNT);
      }
      ServerCertificate certificate =
          new ServerCertificate(
              name,
              path,
              AccessKeyIds.uniqueId("ASCA"),
              ServerCertificate.arn(partition, account, path, name),
              body,
              chain,
              clock.instant(),
              expiration,
              tags);
      byKey.put(certificate.key(), certificate);
      return certificate;
    }
  }

  /**
   * Renames and/or moves a certificate; {@code null} keeps the name or path.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code
   *     EntityAlreadyExists} when another certificate has the new name
   */
  public ServerCertificate move(String name, String newName, String newPath) {
    synchronized (lock) {
      ServerCertificate current = get(name);
      ServerCertificate moved =
          current.moved(
              newName == null ? current.name() : newName,
              newPath == null ? current.path() : newPath,
              partition,
              account);
      boolean renamed = !moved.key().equals(current.key());
      if (renamed && byKey.containsKey(moved.key())) {
        throw IamErrors.SERVER_CERTIFICATE_ALREADY_EXISTS.exception(moved.name());
      }
      byKey.put(moved.key(), moved);
      if (renamed) {
        byKey.remove(current.key());
      }
      return moved;
    }
  }

  /** Deletes a certificate. */
  public void delete(String name) {
    synchronized (lock) {
      byKey.remove(get(name).key());
    }
  }

  /** Sets tags over a certificate's, at most fifty in all. */
  public void tag(String name, Tags added) {
    synchronized (lock) {
      ServerCertificate current = get(name);
      Tags merged = current.tags().with(added, IamErrors.TAGS_PER_SERVER_CERTIFICATE);
      byKey.put(current.key(), current.withTags(merged));
    }
  }

  /** Removes tags from a certificate; keys it does not have are ignored. */
  public void untag(String name, Collection<String> keys) {
    synchronized (lock) {
      ServerCertificate current = get(name);
      byKey.put(current.key(), current.withTags(current.tags().without(keys)));
    }
  }
}
