package org.moto4j.s3.internal.restore;

import java.time.Duration;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;

/**
 * How long a restore takes in moto4j: none by default (moto's behaviour, tests need not wait), or
 * the seconds of {@code MOTO_S3_RESTORE_DELAY_SECONDS} / {@code moto.s3.restore.delay.seconds},
 * during which HEAD answers {@code ongoing-request="true"} and a repeat answers 409.
 */
public final class RestoreDelay {

  /** moto4j's own setting (moto has none: its restores complete at once). */
  public static final Setting SETTING = Setting.S3_RESTORE_DELAY_SECONDS;

  private RestoreDelay() {}

  /** The configured delay; a value that is not a whole number of seconds counts as none. */
  public static Duration of(MotoConfig config) {
    String value = config.get(SETTING).orElse("0");
    try {
      long seconds = Long.parseLong(value);
      return seconds > 0 ? Duration.ofSeconds(seconds) : Duration.ZERO;
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          SETTING.environmentVariable() + " must be a number of seconds, got '" + value + "'", e);
    }
  }
}
