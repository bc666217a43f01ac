package org.moto4j.core.policy;

import java.math.BigInteger;
import java.util.Locale;

/**
 * IAM's write-time check of Date condition values ("legacy parsing"): an ISO 8601 date-time with
 * loose parts, or epoch seconds between 0 and {@code Long.MAX_VALUE}.
 */
final class IsoDates {

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private IsoDates() {}

  /** Whether IAM accepts {@code value} as a Date condition value. */
  static boolean acceptable(String value) {
    try {
      String lower = value.toLowerCase(Locale.ROOT);
      if (lower.contains("t") || value.contains("-")) {
        return isoDateTime(lower);
      }
      BigInteger epoch = integer(value);
      return epoch.signum() >= 0 && epoch.compareTo(LONG_MAX) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isoDateTime(String text) {
    int t = text.indexOf('t');
    String datePart = t < 0 ? text : text.substring(0, t);
    String timePart = t < 0 ? "" : text.substring(t + 1);
    boolean negativeYear = datePart.startsWith("-");
    String[] date = (negativeYear ? datePart.substring(1) : datePart).split("-", -1);
    long year = integer((negativeYear ? "-" : "") + date[0]).longValueExact();
    if (year < -292275054L || year > 292278993L) {
      return false;
    }
    if (date.length > 1 && !between(date[1], 1, 12)) {
      return false;
    }
    if (date.length > 2 && !between(date[2], 1, 31)) {
      return false;
    }
    if (date.length >= 4) {
      return false;
    }
    String[] time = timePart.split(":", -1);
    if (!time[0].isEmpty() && !between(time[0], 0, 23)) {
      return false;
    }
    if (time.length > 1 && !between(time[1], 0, 59)) {
      return false;
    }
    if (time.length > 2) {
      return seconds(time, timePart);
    }
    return true;
  }

  private static boolean seconds(String[] time, String timePart) {
    String rest = time[2];
    String secondsWithFraction;
    if (rest.contains("z")) {
      int z = rest.indexOf('z');
      secondsWithFraction = rest.substring(0, z);
      if (!rest.substring(z + 1).isEmpty()) {
        return false;
      }
    } else if (rest.contains("+")) {
      int plus = rest.indexOf('+');
      secondsWithFraction = rest.substring(0, plus);
      // the zone keeps the colon the split removed: "+10:59" arrived as time[2]="..+10", time[3]
      String zone = timePart.substring(timePart.indexOf('+') + 1);
      int colon = zone.indexOf(':');
      String hours = colon < 0 ? zone : zone.substring(0, colon);
      if (hours.length() != 2 || !between(hours, 0, 23)) {
        return false;
      }
      if (colon >= 0) {
        String minutes = zone.substring(colon + 1);
        if (minutes.length() != 2 || !between(minutes, 0, 59)) {
          return false;
        }
      }
    } else {
      secondsWithFraction = rest;
    }
    int dot = secondsWithFraction.indexOf('.');
    String secs = dot < 0 ? secondsWithFraction : secondsWithFraction.substring(0, dot);
    if (!between(secs, 0, 59)) {
      return false;
    }
    return dot < 0 || between(secondsWithFraction.substring(dot + 1), 0, 999_999_999);
  }

  private static boolean between(String digits, long low, long high) {
    BigInteger n = integer(digits);
    return n.compareTo(BigInteger.valueOf(low)) >= 0 && n.compareTo(BigInteger.valueOf(high)) <= 0;
  }

  /** An integer as Python's int() reads one: surrounding spaces and a sign allowed. */
  private static BigInteger integer(String text) {
    String s = text.strip();
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.isEmpty() || s.startsWith("+")) {
      throw new NumberFormatException(text);
    }
    for (int i = s.startsWith("-") ? 1 : 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
        throw new NumberFormatException(text);
      }
    }
    return new BigInteger(s);
  }
}
