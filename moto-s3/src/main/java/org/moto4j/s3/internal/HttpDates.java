package org.moto4j.s3.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HTTP dates ({@code Last-Modified}): IMF-fixdate, always two-digit days, in GMT. */
public final class HttpDates {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {}

  /** {@code Tue, 03 Jun 2008 11:05:30 GMT}. */
  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
