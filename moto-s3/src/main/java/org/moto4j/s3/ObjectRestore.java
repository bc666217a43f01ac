package org.moto4j.s3;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The restore of an archived (GLACIER, DEEP_ARCHIVE) object: in progress until {@code completesAt},
 * then a readable copy until {@code expiryDate}, after which the object is archive-only again.
 *
 * @param completesAt when the temporary copy becomes readable
 * @param expiryDate when it goes away: completion plus the requested days, rounded up to the next
 *     midnight UTC, as S3 computes it
 */
public record ObjectRestore(Instant completesAt, Instant expiryDate) {

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  public ObjectRestore {
    Objects.requireNonNull(completesAt, "completesAt");
    Objects.requireNonNull(expiryDate, "expiryDate");
  }

  /** A restore requested at {@code now}, taking {@code delay}, kept for {@code days}. */
  public static ObjectRestore requested(Instant now, Duration delay, int days) {
    Instant completes = now.plus(delay);
    return new ObjectRestore(completes, expiry(completes, days));
  }

  /**
   * The expiry S3 gives a copy kept {@code days} from {@code from}: the next midnight UTC after.
   */
  public static Instant expiry(Instant from, int days) {
    ZonedDateTime end = from.plus(Duration.ofDays(days)).atZone(ZoneOffset.UTC);
    return end.truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
  }

  /** Whether the copy is still being made. */
  public boolean isOngoing(Instant now) {
    return now.isBefore(completesAt);
  }

  /** Whether the copy has gone away again. */
  public boolean isExpired(Instant now) {
    return !now.isBefore(expiryDate);
  }

  /** Whether the restored copy can be read now. */
  public boolean isReadable(Instant now) {
    return !isOngoing(now) && !isExpired(now);
  }

  /** The same restore kept {@code days} from {@code now} (a repeated request extends it). */
  public ObjectRestore extendedTo(Instant now, int days) {
    return new ObjectRestore(completesAt, expiry(now, days));
  }

  /** The {@code x-amz-restore} header value HEAD and GET answer. */
  public String header(Instant now) {
    if (isOngoing(now)) {
      return "ongoing-request=\"true\"";
    }
    return "ongoing-request=\"false\", expiry-date=\"" + HTTP_DATE.format(expiryDate) + "\"";
  }

  /**
   * Whether GetObject, CopyObject and SelectObjectContent may read the object's bytes: always for
   * classes that are not archived; for GLACIER and DEEP_ARCHIVE only while a restored copy lives.
   */
  public static boolean isReadable(StoredObject object, Instant now) {
    if (!object.storageClass().isArchived()) {
      return true;
    }
    ObjectRestore restore = object.attributes().restore();
    return restore != null && restore.isReadable(now);
  }
}
