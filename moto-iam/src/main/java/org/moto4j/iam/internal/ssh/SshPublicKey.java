package org.moto4j.iam.internal.ssh;

import java.time.Instant;
import java.util.Objects;

/**
 * An SSH public key of a user, as CodeCommit uses them.
 *
 * @param id the key id ({@code APKA…})
 * @param userId the unique id of its user
 * @param material the key, parsed: its SSH and PEM forms and fingerprint
 * @param active whether it is {@code Active}
 * @param uploadDate when it was uploaded
 */
public record SshPublicKey(
    String id, String userId, SshPublicKeyMaterial material, boolean active, Instant uploadDate) {

  public SshPublicKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(uploadDate, "uploadDate");
  }

  /** The status as IAM writes it. */
  public String status() {
    return active ? "Active" : "Inactive";
  }

  SshPublicKey withActive(boolean newActive) {
    return new SshPublicKey(id, userId, material, newActive, uploadDate);
  }
}
