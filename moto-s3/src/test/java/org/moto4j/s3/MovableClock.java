package org.moto4j.s3;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a test sets and moves, for a server whose notion of now it controls. */
final class MovableClock extends Clock {

  private final AtomicReference<Instant> now;

  MovableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /** Moves the clock to {@code instant}. */
  void set(Instant instant) {
    now.set(instant);
  }

  /** Moves the clock on by {@code duration}. */
  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("A UTC clock");
  }
}
