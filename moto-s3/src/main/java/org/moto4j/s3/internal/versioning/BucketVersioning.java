package org.moto4j.s3.internal.versioning;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ChecksummedBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.lock.ObjectLocks;
import org.moto4j.s3.internal.objects.ObjectWriter;

/**
 * {@code PUT|GET /bucket?versioning}: the versioning state, {@code Enabled} or {@code Suspended},
 * and MFA delete. A never-versioned bucket answers an empty {@code VersioningConfiguration}; once
 * versioned a bucket never goes back. Enabling MFA delete, and any change once it is enabled, needs
 * {@code x-amz-mfa}. Only the owner may use them.
 */
public final class BucketVersioning implements S3Operation {

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public BucketVersioning(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    if (request.operation().equals("GetBucketVersioning")) {
      return get(bucket);
    }
    // The model marks the body's checksum required: S3 refuses it without Content-MD5 or one.
    XmlNode document =
        ChecksummedBodies.read(
            request, writer, "VersioningConfiguration", S3Errors.MISSING_REQUEST_BODY);
    VersioningStatus status = status(document.childText("Status").orElse(null));
    Boolean mfaDelete = mfaDelete(document.childText("MfaDelete").orElse(null));
    // Enabling MFA delete, and any change while it is enabled, takes the MFA.
    if ((bucket.mfaDelete() || Boolean.TRUE.equals(mfaDelete)) && !MfaDelete.present(request)) {
      throw S3Errors.MFA_REQUIRED.exception();
    }
    synchronized (bucket) {
      ObjectLocks.checkVersioningChange(bucket, status);
      bucket.setVersioning(status);
      if (mfaDelete != null) {
        bucket.setMfaDelete(mfaDelete);
      }
    }
    return MotoResponse.status(200);
  }

  private static MotoResponse get(Bucket bucket) {
    XmlWriter xml = XmlWriter.document().start("VersioningConfiguration", S3Service.NAMESPACE);
    VersioningStatus status = bucket.versioning();
    if (status.isVersioned()) {
      xml.element("Status", status.wireName());
    }
    // S3 states MfaDelete only once a configuration named it.
    if (bucket.mfaDeleteConfigured()) {
      xml.element("MfaDelete", bucket.mfaDelete() ? "Enabled" : "Disabled");
    }
    return MotoResponse.status(200).xml(xml.end().toXml());
  }

  /**
   * The Status asked for.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} for a missing Status or one
   *     other than {@code Enabled} and {@code Suspended}
   */
  private static VersioningStatus status(String value) {
    if ("Enabled".equals(value)) {
      return VersioningStatus.ENABLED;
    }
    if ("Suspended".equals(value)) {
      return VersioningStatus.SUSPENDED;
    }
    throw S3Errors.MALFORMED_XML.exception();
  }

  /** The MfaDelete asked for, or {@code null} when the document leaves it out. */
  private static Boolean mfaDelete(String value) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "Enabled" -> true;
      case "Disabled" -> false;
      default -> throw S3Errors.MALFORMED_XML.exception();
    };
  }
}
