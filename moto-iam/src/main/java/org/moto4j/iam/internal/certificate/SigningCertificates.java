package org.moto4j.iam.internal.certificate;

import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.user.Users;

/**
 * The signing certificates of one account's users and root. Changes hold the account's IAM lock;
 * reads are lock-free.
 */
public final class SigningCertificates {

  /** How many signing certificates a user may have, as AWS's quota. */
  public static final int MAX_PER_USER = 2;

  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Comparator<SigningCertificate> OLDEST_FIRST =
      Comparator.comparing(SigningCertificate::uploadDate).thenComparing(SigningCertificate::id);

  private final Users users;
  private final Clock clock;
  private final Object lock;
  private final Map<String, SigningCertificate> byId = new ConcurrentHashMap<>();

  public SigningCertificates(Users users, Clock clock, Object lock) {
    this.users = users;
    this.clock = clock;
    this.lock = lock;
  }

  /** The certificates of an owner, oldest first. */
  public List<SigningCertificate> ownedBy(String ownerId) {
    return byId.values().stream()
        .filter(certificate -> certificate.ownerId().equals(ownerId))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  /**
   * The certificate {@code id} of {@code owner}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it has none such
   */
  public SigningCertificate get(KeyOwner owner, String id) {
    SigningCertificate certificate = byId.get(id);
    if (certificate == null || !certificate.ownerId().equals(owner.id())) {
      throw IamErrors.NO_SUCH_SIGNING_CERTIFICATE.exception(id);
    }
    return certificate;
  }

  /**
   * Stores an uploaded certificate, active.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a user gone since,
   *     {@code DuplicateCertificate} when anyone in the account has it, or {@code LimitExceeded}
   *     past two certificates
   */
  public SigningCertificate upload(KeyOwner owner, String body, X509Certificate certificate) {
    String encoded = encoded(certificate);
    synchronized (lock) {
      if (!owner.isRoot() && users.findById(owner.id()).isEmpty()) {
        throw IamErrors.NO_SUCH_USER.exception(owner.userName());
      }
      if (byId.values().stream().anyMatch(existing -> existing.encoded().equals(encoded))) {
        throw IamErrors.DUPLICATE_SIGNING_CERTIFICATE.exception();
      }
      if (ownedBy(owner.id()).size() >= MAX_PER_USER) {
        throw IamErrors.SIGNING_CERTIFICATES_PER_USER.exception(MAX_PER_USER);
      }
      SigningCertificate stored =
          new SigningCertificate(newId(), owner.id(), body, encoded, true, clock.instant());
      byId.put(stored.id(), stored);
      return stored;
    }
  }

  /** Activates or deactivates a certificate. */
  public void setActive(KeyOwner owner, String id, boolean active) {
    synchronized (lock) {
      byId.put(id, get(owner, id).withActive(active));
    }
  }

  /** Deletes a certificate. */
  public void delete(KeyOwner owner, String id) {
    synchronized (lock) {
      get(owner, id);
      byId.remove(id);
    }
  }

  private static String encoded(X509Certificate certificate) {
    try {
      return Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw IamErrors.MALFORMED_CERTIFICATE.exception();
    }
  }

  private static String newId() {
    StringBuilder id = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }
}
