package org.moto4j.core.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Typed readings of condition and context values: numbers, dates, booleans. */
final class ConditionValues {

  private ConditionValues() {}

  static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** An ISO 8601 date or date-time (UTC when no zone is given) or epoch seconds. */
  static Optional<Instant> date(String text) {
    String value = text.strip();
    if (value.matches("-?[0-9]+")) {
      try {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    String upper = value.toUpperCase(java.util.Locale.ROOT);
    try {
      return Optional.of(OffsetDateTime.parse(upper).toInstant());
    } catch (DateTimeParseException e) {
      // try the forms without an offset
    }
    try {
      return Optional.of(LocalDateTime.parse(upper).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    try {
      return Optional.of(LocalDate.parse(upper).atStartOfDay().toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
