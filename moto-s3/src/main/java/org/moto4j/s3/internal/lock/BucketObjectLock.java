package org.moto4j.s3.internal.lock;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ChecksummedBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.objects.ExpectedOwners;
import org.moto4j.s3.internal.objects.ObjectWriter;

/**
 * {@code PUT|GET /bucket?object-lock}: the bucket's Object Lock configuration. Put enables Object
 * Lock on a bucket whose versioning is Enabled (as S3 has allowed since November 2023; a bucket
 * created with {@code x-amz-bucket-object-lock-enabled} has it from the start) and sets or clears
 * its default retention; Object Lock is never disabled. Only the bucket's owner may use it.
 */
public final class BucketObjectLock implements S3Operation {

  /** S3's largest default retention periods (100 years). */
  static final int MAX_DAYS = 36_500;

  static final int MAX_YEARS = 100;

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public BucketObjectLock(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    if (request.http().method().equals("PUT")) {
      XmlNode document =
          ChecksummedBodies.read(
              request, writer, "ObjectLockConfiguration", S3Errors.MALFORMED_XML);
      LockConfiguration configuration = parse(document);
      // Under the bucket's monitor, which its versioning changes hold too.
      synchronized (bucket) {
        if (!ObjectLocks.isEnabled(bucket) && bucket.versioning() != VersioningStatus.ENABLED) {
          throw S3Errors.OBJECT_LOCK_NEEDS_VERSIONING.exception().with("BucketName", bucket.name());
        }
        bucket.configurations().put(LockConfiguration.KIND, configuration);
      }
      return MotoResponse.status(200);
    }
    LockConfiguration configuration =
        ObjectLocks.configuration(bucket)
            .orElseThrow(
                () ->
                    S3Errors.OBJECT_LOCK_CONFIGURATION_NOT_FOUND
                        .exception()
                        .with("BucketName", bucket.name()));
    XmlWriter xml =
        XmlWriter.document()
            .start("ObjectLockConfiguration", S3Service.NAMESPACE)
            .element("ObjectLockEnabled", "Enabled");
    DefaultRetention retention = configuration.defaultRetention();
    if (retention != null) {
      xml.start("Rule").start("DefaultRetention").element("Mode", retention.mode().name());
      if (retention.days() != null) {
        xml.element("Days", retention.days());
      } else {
        xml.element("Years", retention.years());
      }
      xml.end().end();
    }
    return MotoResponse.status(200).xml(xml.end().toXml());
  }

  /**
   * The configuration a document states.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} for what the schema refuses
   *     (no {@code ObjectLockEnabled=Enabled}, an empty rule, an unknown mode, a period missing or
   *     given twice), {@code InvalidArgument} for a period below 1 or beyond 100 years
   */
  static LockConfiguration parse(XmlNode document) {
    if (!document.childText("ObjectLockEnabled").orElse("").equals("Enabled")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    XmlNode rule = document.child("Rule").orElse(null);
    if (rule == null) {
      return LockConfiguration.ENABLED;
    }
    XmlNode byDefault = rule.required("DefaultRetention");
    ObjectLock.Mode mode = mode(byDefault.requiredText("Mode"));
    boolean hasDays = byDefault.has("Days");
    if (hasDays == byDefault.has("Years")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    String unit = hasDays ? "Days" : "Years";
    int period = period(byDefault.requiredText(unit), unit, hasDays ? MAX_DAYS : MAX_YEARS);
    return new LockConfiguration(
        new DefaultRetention(mode, hasDays ? period : null, hasDays ? null : period));
  }

  private static ObjectLock.Mode mode(String text) {
    for (ObjectLock.Mode mode : ObjectLock.Mode.values()) {
      if (mode.name().equals(text)) {
        return mode;
      }
    }
    throw S3Errors.MALFORMED_XML.exception();
  }

  private static int period(String text, String unit, int max) {
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (value < 1) {
      throw S3Errors.DEFAULT_RETENTION_NOT_POSITIVE.exception().with("ArgumentName", unit);
    }
    if (value > max) {
      throw S3Errors.DEFAULT_RETENTION_TOO_LARGE.exception().with("ArgumentName", unit);
    }
    return (int) value;
  }
}
