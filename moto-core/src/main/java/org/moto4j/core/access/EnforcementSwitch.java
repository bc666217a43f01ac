package org.moto4j.core.access;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When access control applies, as moto decides it: the first {@code INITIAL_NO_AUTH_ACTION_COUNT}
 * AWS requests of the process run unchecked, every later one is checked; an unset count means never
 * (moto's infinity), and {@code moto.iam.enforce} means from the first request. Off, it costs one
 * volatile read per request.
 */
final class EnforcementSwitch {

  /** The threshold that never comes: access control off. */
  static final long NEVER = Long.MAX_VALUE;

  /** Requests let through before enforcement; {@link #NEVER} for off, 0 for always. */
  private volatile long threshold;

  /** The requests counted since the threshold was last set, up to the threshold. */
  private final AtomicLong counted = new AtomicLong();

  EnforcementSwitch(long threshold) {
    this.threshold = threshold;
  }

  /** Whether the request now arriving is to be checked; counts it while it is not. */
  boolean checkNext() {
    long limit = threshold;
    if (limit == NEVER) {
      return false;
    }
    if (limit == 0) {
      return true;
    }
    // Once the count is reached it stays reached: no more writes on the hot path, as in moto,
    // which stops counting when it starts checking.
    if (counted.get() >= limit) {
      return true;
    }
    return counted.getAndIncrement() >= limit;
  }

  /**
   * Whether requests arriving now are checked, without counting one: for a service that checks a
   * part of a request itself, after the count was taken.
   */
  boolean isChecking() {
    long limit = threshold;
    return limit != NEVER && counted.get() >= limit;
  }

  /** The current threshold. */
  long threshold() {
    return threshold;
  }

  /** Sets a new threshold and starts counting again, as {@code /moto-api/reset-auth} does. */
  synchronized long reset(long newThreshold) {
    long previous = threshold;
    counted.set(0);
    threshold = newThreshold;
    return previous;
  }
}
