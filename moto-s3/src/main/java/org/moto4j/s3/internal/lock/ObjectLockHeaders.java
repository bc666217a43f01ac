package org.moto4j.s3.internal.lock;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.objects.UploadFields;
import org.moto4j.s3.internal.objects.UploadIntegrity;

/**
 * The Object Lock headers of object writes (PutObject, CopyObject, CreateMultipartUpload, POST
 * uploads) and reads (GetObject, HeadObject): a new version's retention and legal hold, from the
 * request or, for the retention, from the bucket's default.
 *
 * <pre>{@code
 * ObjectLock lock = ObjectLockHeaders.forUpload(fields, bucket, request.receivedAt());
 * attributes = attributes.withLock(lock);
 * }</pre>
 */
public final class ObjectLockHeaders {

  public static final String MODE = "x-amz-object-lock-mode";
  public static final String RETAIN_UNTIL_DATE = "x-amz-object-lock-retain-until-date";
  public static final String LEGAL_HOLD = "x-amz-object-lock-legal-hold";

  private ObjectLockHeaders() {}

  /**
   * The lock of the version an upload creates at {@code now}: the retention and legal hold its
   * fields name, else the bucket's default retention (copies too: a copy never inherits its
   * source's lock). Values are checked before the bucket's Object Lock is, as S3 does.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a mode without a date
   *     (or the reverse), an unknown mode, a malformed or past date, a legal hold other than ON or
   *     OFF; {@code InvalidRequest} for lock headers on a bucket without Object Lock
   */
  public static ObjectLock forUpload(UploadFields fields, Bucket bucket, Instant now) {
    String mode = fields.get(MODE);
    String date = fields.get(RETAIN_UNTIL_DATE);
    String legalHold = fields.get(LEGAL_HOLD);
    if (mode != null && date == null) {
      throw incomplete(RETAIN_UNTIL_DATE);
    }
    if (date != null && mode == null) {
      throw incomplete(MODE);
    }
    ObjectLock.Mode parsedMode = mode == null ? null : headerMode(mode);
    Instant retainUntil = date == null ? null : headerDate(date, now);
    ObjectLock.LegalHold hold = legalHold == null ? null : headerLegalHold(legalHold);
    if ((mode != null || legalHold != null) && !ObjectLocks.isEnabled(bucket)) {
      throw S3Errors.OBJECT_LOCK_MISSING_FOR_WRITE.exception();
    }
    if (parsedMode == null) {
      DefaultRetention byDefault =
          ObjectLocks.configuration(bucket).map(LockConfiguration::defaultRetention).orElse(null);
      if (byDefault != null) {
        parsedMode = byDefault.mode();
        retainUntil = byDefault.retainUntil(now);
      }
    }
    if (parsedMode == null && hold == null) {
      return ObjectLock.NONE;
    }
    return new ObjectLock(parsedMode, retainUntil, hold);
  }

  /**
   * Checks that a PutObject creating a locked version (by its headers or the bucket's default
   * retention) says what its bytes are: S3 wants {@code Content-MD5} or a checksum for it.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest}
   */
  public static void checkIntegrity(
      UploadFields fields, UploadIntegrity integrity, ObjectLock lock) {
    boolean locked = lock.hasRetention() || lock.legalHold() != null;
    if (locked && fields.get("content-md5") == null && !integrity.isNamed()) {
      throw S3Errors.OBJECT_LOCK_CHECKSUM_REQUIRED.exception();
    }
  }

  /** Adds the lock headers GetObject and HeadObject answer for a version. */
  public static MotoResponse describe(MotoResponse response, ObjectLock lock) {
    if (lock.hasRetention()) {
      response
          .header(MODE, lock.mode().name())
          .header(RETAIN_UNTIL_DATE, XmlWriter.timestamp(lock.retainUntil()));
    }
    if (lock.legalHold() != null) {
      response.header(LEGAL_HOLD, lock.legalHold().name());
    }
    return response;
  }

  /**
   * A timestamp as S3 reads it in lock headers and documents: ISO 8601 with an offset, kept to the
   * millisecond.
   *
   * @return the instant, or {@code null} when the text is no such timestamp
   */
  static Instant parseDate(String text) {
    try {
      return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant()
          .truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static ObjectLock.Mode headerMode(String mode) {
    for (ObjectLock.Mode candidate : ObjectLock.Mode.values()) {
      if (candidate.name().equals(mode)) {
        return candidate;
      }
    }
    throw S3Errors.UNKNOWN_OBJECT_LOCK_MODE
        .exception()
        .with("ArgumentName", MODE)
        .with("ArgumentValue", mode);
  }

  private static Instant headerDate(String date, Instant now) {
    Instant parsed = parseDate(date);
    if (parsed == null) {
      throw S3Errors.RETAIN_UNTIL_DATE_MALFORMED
          .exception()
          .with("ArgumentName", RETAIN_UNTIL_DATE)
          .with("ArgumentValue", date);
    }
    if (!parsed.isAfter(now)) {
      throw S3Errors.RETAIN_UNTIL_DATE_IN_PAST
          .exception()
          .with("ArgumentName", RETAIN_UNTIL_DATE)
          .with("ArgumentValue", date);
    }
    return parsed;
  }

  private static ObjectLock.LegalHold headerLegalHold(String value) {
    for (ObjectLock.LegalHold candidate : ObjectLock.LegalHold.values()) {
      if (candidate.name().equals(value)) {
        return candidate;
      }
    }
    throw S3Errors.INVALID_LEGAL_HOLD
        .exception()
        .with("ArgumentName", LEGAL_HOLD)
        .with("ArgumentValue", value);
  }

  private static RuntimeException incomplete(String missing) {
    return S3Errors.OBJECT_LOCK_HEADERS_INCOMPLETE
        .exception()
        .with("ArgumentName", missing)
        .with("ArgumentValue", "");
  }
}
