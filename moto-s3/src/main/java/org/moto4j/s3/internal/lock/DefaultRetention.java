package org.moto4j.s3.internal.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.moto4j.s3.ObjectLock;

/**
 * A bucket's default retention: the mode and period S3 gives each new object version that names no
 * retention of its own.
 *
 * @param mode the retention mode
 * @param days the period in days, or {@code null} when given in years
 * @param years the period in years, or {@code null} when given in days
 */
record DefaultRetention(ObjectLock.Mode mode, Integer days, Integer years) {

  DefaultRetention {
    Objects.requireNonNull(mode, "mode");
    if ((days == null) == (years == null)) {
      throw new IllegalArgumentException("A period in days or in years");
    }
  }

  /**
   * The retain-until date of a version created at {@code created}: S3 adds the period to the
   * version's creation time, counting a year as 365 days.
   */
  Instant retainUntil(Instant created) {
    long periodDays = days != null ? days : 365L * years;
    return created.plus(Duration.ofDays(periodDays));
  }
}
