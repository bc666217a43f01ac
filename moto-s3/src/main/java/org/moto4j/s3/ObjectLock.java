package org.moto4j.s3;

import java.time.Instant;

/**
 * An object version's Object Lock state: its retention (a mode and the date it holds until) and its
 * legal hold. It lives with the version ({@link ObjectAttributes#lock()}), so rewrites of the same
 * version (tags, ACL) keep it, and a new version starts from the bucket's default.
 *
 * @param mode the retention mode, or {@code null} for no retention
 * @param retainUntil the date the retention holds until, or {@code null} for no retention
 * @param legalHold {@code ON} or {@code OFF} as last set, or {@code null} when no legal hold was
 *     ever applied (GetObjectLegalHold then answers NoSuchObjectLockConfiguration)
 */
public record ObjectLock(Mode mode, Instant retainUntil, LegalHold legalHold) {

  /** No retention, no legal hold: every version of a bucket without Object Lock. */
  public static final ObjectLock NONE = new ObjectLock(null, null, null);

  /** A retention mode, as S3 names it. */
  public enum Mode {
    /** Removable or shortened by a request with {@code x-amz-bypass-governance-retention}. */
    GOVERNANCE,
    /** Neither removable nor shortened by anyone until it expires. */
    COMPLIANCE
  }

  /** A legal hold's status, as S3 names it. */
  public enum LegalHold {
    ON,
    OFF
  }

  public ObjectLock {
    if ((mode == null) != (retainUntil == null)) {
      throw new IllegalArgumentException("A retention has both a mode and a date, or neither");
    }
  }

  /** Whether a retention is set (expired or not). */
  public boolean hasRetention() {
    return mode != null;
  }

  /** Whether the retention still holds at {@code now}. */
  public boolean retainedAt(Instant now) {
    return retainUntil != null && retainUntil.isAfter(now);
  }

  /** Whether the legal hold is on. */
  public boolean isLegalHoldOn() {
    return legalHold == LegalHold.ON;
  }

  /** The same lock with another retention ({@code null} and {@code null} remove it). */
  public ObjectLock withRetention(Mode newMode, Instant newRetainUntil) {
    return new ObjectLock(newMode, newRetainUntil, legalHold);
  }

  /** The same lock with another legal hold status. */
  public ObjectLock withLegalHold(LegalHold newLegalHold) {
    return new ObjectLock(mode, retainUntil, newLegalHold);
  }
}
