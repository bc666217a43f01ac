package org.moto4j.s3.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates ({@code Last-Modified}, {@code If-Modified-Since}): written as IMF-fixdate, always
 * two-digit days, in GMT; read in any of HTTP's three forms, and ISO 8601 as S3 also takes.
 */
public final class HttpDates {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** The forms HTTP allows (RFC 9110 section 5.6.7): IMF-fixdate, RFC 850, asctime. */
  private static final List<DateTimeFormatter> READABLE =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
          DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
              .withZone(ZoneOffset.UTC));

  private HttpDates() {}

  /** The instant a header names, if it is a date in a form HTTP or ISO 8601 allows. */
  public static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    for (DateTimeFormatter format : READABLE) {
      try {
        return Optional.of(ZonedDateTime.parse(text, format).toInstant());
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code Tue, 03 Jun 2008 11:05:30 GMT}. */
  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
