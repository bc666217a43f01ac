package org.moto4j.iam.internal.certificate;

import java.time.Instant;
import java.util.Objects;

/**
 * An X.509 signing certificate of a user (or the root), as some AWS services take for signed
 * requests.
 *
 * @param id the certificate id, 32 upper-case letters and digits
 * @param ownerId the unique id of its user, or the account id for the root
 * @param body the PEM certificate, as uploaded
 * @param encoded the certificate's DER, by which duplicates are found
 * @param active whether it is {@code Active}
 * @param uploadDate when it was uploaded
 */
public record SigningCertificate(
    String id, String ownerId, String body, String encoded, boolean active, Instant uploadDate) {

  public SigningCertificate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(encoded, "encoded");
    Objects.requireNonNull(uploadDate, "uploadDate");
  }

  /** The status as IAM writes it. */
  public String status() {
    return active ? "Active" : "Inactive";
  }

  SigningCertificate withActive(boolean newActive) {
    return new SigningCertificate(id, ownerId, body, encoded, newActive, uploadDate);
  }
}
