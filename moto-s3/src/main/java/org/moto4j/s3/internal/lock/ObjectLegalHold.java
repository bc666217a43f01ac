package org.moto4j.s3.internal.lock;

import jakarta.inject.Inject;
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
 * {@code PUT|GET /bucket/key?legal-hold[&versionId=]}: a version's legal hold, placed and removed
 * freely by anyone who may write the object, independent of its retention. A version that never had
 * one answers NoSuchObjectLockConfiguration.
 */
public final class ObjectLegalHold implements S3Operation {

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public ObjectLegalHold(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    if (request.http().method().equals("PUT")) {
      XmlNode document =
          ChecksummedBodies.read(request, writer, "LegalHold", S3Errors.MALFORMED_XML);
      ObjectLock.LegalHold status = status(document.childText("Status").orElse(""));
      ObjectRetention.checkEnabled(bucket);
      LockedVersions.changeLock(bucket, request, lock -> lock.withLegalHold(status));
      return MotoResponse.status(200);
    }
    ObjectRetention.checkEnabled(bucket);
    StoredObject version = LockedVersions.find(bucket, request);
    ObjectLock.LegalHold status = version.attributes().lock().legalHold();
    if (status == null) {
      throw S3Errors.NO_SUCH_OBJECT_LOCK_CONFIGURATION.exception();
    }
    String xml =
        XmlWriter.document()
            .start("LegalHold", S3Service.NAMESPACE)
            .element("Status", status.name())
            .end()
            .toXml();
    return MotoResponse.status(200).xml(xml);
  }

  private static ObjectLock.LegalHold status(String text) {
    for (ObjectLock.LegalHold status : ObjectLock.LegalHold.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    throw S3Errors.MALFORMED_XML.exception();
  }
}
