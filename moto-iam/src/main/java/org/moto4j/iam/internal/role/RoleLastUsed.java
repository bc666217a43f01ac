package org.moto4j.iam.internal.role;

import java.time.Instant;

/**
 * When and where a role was last used to act, as {@code GetRole} reports it.
 *
 * @param lastUsedDate when a session of the role last made a request, or {@code null}
 * @param region the region of that request, or {@code null}
 */
public record RoleLastUsed(Instant lastUsedDate, String region) {

  /** A role never used: AWS answers an empty {@code RoleLastUsed} element. */
  public static final RoleLastUsed NEVER = new RoleLastUsed(null, null);
}
