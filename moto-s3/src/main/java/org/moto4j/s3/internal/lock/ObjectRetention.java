package org.moto4j.s3.internal.lock;

import jakarta.inject.Inject;
import java.time.Instant;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ChecksummedBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.objects.ExpectedOwners;
import org.moto4j.s3.internal.objects.ObjectWriter;

/**
 * {@code PUT|GET /bucket/key?retention[&versionId=]}: a version's retention. Anyone who may write
 * the object may set or extend it; shortening, removing (an empty {@code Retention}) or changing
 * the mode of a retention still in force is refused, unless it is GOVERNANCE and the request says
 * {@code x-amz-bypass-governance-retention: true}.
 */
public final class ObjectRetention implements S3Operation {

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public ObjectRetention(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  /** A retention a Put states: mode and date, or neither to remove it. */
  private record Requested(ObjectLock.Mode mode, Instant retainUntil) {}

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    if (request.http().method().equals("PUT")) {
      XmlNode document =
          ChecksummedBodies.read(request, writer, "Retention", S3Errors.MALFORMED_XML);
      Requested requested = parse(document);
      checkEnabled(bucket);
      Instant now = request.receivedAt();
      if (requested.retainUntil() != null && !requested.retainUntil().isAfter(now)) {
        throw S3Errors.RETAIN_UNTIL_DATE_IN_PAST
            .exception()
            .with("ArgumentName", "RetainUntilDate")
            .with("ArgumentValue", document.childText("RetainUntilDate").orElse(""));
      }
      boolean bypass = ObjectLocks.bypassesGovernance(request);
      LockedVersions.changeLock(
          bucket,
          request,
          lock -> {
            checkChange(lock, requested.mode(), requested.retainUntil(), now, bypass);
            return lock.withRetention(requested.mode(), requested.retainUntil());
          });
      return MotoResponse.status(200);
    }
    checkEnabled(bucket);
    StoredObject version = LockedVersions.find(bucket, request);
    ObjectLock lock = version.attributes().lock();
    if (!lock.hasRetention()) {
      throw S3Errors.NO_SUCH_OBJECT_LOCK_CONFIGURATION.exception();
    }
    String xml =
        XmlWriter.document()
            .start("Retention", S3Service.NAMESPACE)
            .element("Mode", lock.mode().name())
            .element("RetainUntilDate", lock.retainUntil())
            .end()
            .toXml();
    return MotoResponse.status(200).xml(xml);
  }

  static void checkEnabled(Bucket bucket) {
    if (!ObjectLocks.isEnabled(bucket)) {
      throw S3Errors.OBJECT_LOCK_MISSING.exception();
    }
  }

  /**
   * Whether a version's retention may become {@code mode} until {@code retainUntil} (both null to
   * remove it) at {@code now}: once expired, anything; while in force, the same mode with a date no
   * earlier, or anything for a GOVERNANCE one the request bypasses.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied} otherwise
   */
  static void checkChange(
      ObjectLock lock, ObjectLock.Mode mode, Instant retainUntil, Instant now, boolean bypass) {
    if (!lock.retainedAt(now)) {
      return;
    }
    if (lock.mode() == ObjectLock.Mode.GOVERNANCE && bypass) {
      return;
    }
    boolean extending =
        mode == lock.mode() && retainUntil != null && !retainUntil.isBefore(lock.retainUntil());
    if (!extending) {
      throw S3Errors.OBJECT_LOCKED.exception();
    }
  }

  /**
   * The retention a document states.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} for a mode without a date
   *     (or the reverse), an unknown mode or a date that is no ISO 8601 timestamp
   */
  private static Requested parse(XmlNode document) {
    String mode = document.childText("Mode").orElse(null);
    String date = document.childText("RetainUntilDate").orElse(null);
    if (mode == null && date == null) {
      return new Requested(null, null);
    }
    if (mode == null || date == null) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    ObjectLock.Mode parsedMode = null;
    for (ObjectLock.Mode candidate : ObjectLock.Mode.values()) {
      if (candidate.name().equals(mode)) {
        parsedMode = candidate;
      }
    }
    Instant retainUntil = ObjectLockHeaders.parseDate(date);
    if (parsedMode == null || retainUntil == null) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return new Requested(parsedMode, retainUntil);
  }
}
