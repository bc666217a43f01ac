package org.moto4j.core.auth;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/** The dates signatures carry, and the 15-minute window AWS accepts them in. */
final class SignedDates {

  /** How far a request's date may be from the server's clock. */
  static final Duration MAX_SKEW = Duration.ofMinutes(15);

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SignedDates() {}

  /** An ISO 8601 basic date ({@code 20150830T123600Z}), or {@code null} if it is not one. */
  static Instant parseAmzDate(String text) {
    // Read by hand: this runs on every verified request, and a formatter costs more than a hash.
    if (text == null || text.length() != 16 || text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
      return null;
    }
    int date = digits(text, 0, 8);
    int time = digits(text, 9, 15);
    if (date < 0 || time < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(
              date / 10000,
              date / 100 % 100,
              date % 100,
              time / 10000,
              time / 100 % 100,
              time % 100)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The decimal number in {@code text[from, to)}, or -1 if any character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** An RFC 1123 date ({@code Mon, 09 Sep 2011 23:36:00 GMT}), or {@code null}. */
  static Instant parseHttpDate(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String amzDate(Instant instant) {
    return AMZ_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Refuses a request dated more than 15 minutes away from {@code now}.
   *
   * @param sent the date as the request wrote it, for S3's {@code RequestTime}
   */
  static void checkSkew(Instant date, String sent, Instant now, Protocol protocol) {
    if (date.isBefore(now.minus(MAX_SKEW))) {
      throw skewed(
          SignatureErrors.REQUEST_TIME_TOO_OLD,
          protocol,
          sent,
          now,
          amzDate(date),
          amzDate(now.minus(MAX_SKEW)),
          amzDate(now));
    }
    if (date.isAfter(now.plus(MAX_SKEW))) {
      throw skewed(
          SignatureErrors.REQUEST_TIME_IN_FUTURE,
          protocol,
          sent,
          now,
          amzDate(date),
          amzDate(now.plus(MAX_SKEW)),
          amzDate(now));
    }
  }

  private static AwsException skewed(
      SignatureErrors error, Protocol protocol, String sent, Instant now, Object... args) {
    AwsException e = error.exception(protocol, args);
    if (protocol == Protocol.REST_XML) {
      e.with("RequestTime", sent)
          .with("ServerTime", now.truncatedTo(ChronoUnit.SECONDS).toString())
          .with("MaxAllowedSkewMilliseconds", Long.toString(MAX_SKEW.toMillis()));
    }
    return e;
  }
}
