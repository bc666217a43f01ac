package org.moto4j.iam.internal.accesskey;

import java.time.Instant;
import java.util.Objects;

/**
 * A long-lived access key.
 *
 * @param id the key id ({@code AKIA…}, encoding the account)
 * @param secret its 40-character secret
 * @param ownerId the unique id of the user owning it, or the account id for a root key
 * @param status whether requests signed with it are accepted
 * @param createDate when it was created
 */
public record AccessKey(
    String id, String secret, String ownerId, Status status, Instant createDate) {

  /** An access key's status; AWS's third value, {@code Expired}, cannot be set. */
  public enum Status {
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String wireName;

    Status(String wireName) {
      this.wireName = wireName;
    }

    /** The status as IAM writes it. */
    public String wireName() {
      return wireName;
    }
  }

  public AccessKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createDate, "createDate");
  }

  AccessKey withStatus(Status newStatus) {
    return new AccessKey(id, secret, ownerId, newStatus, createDate);
  }
}
