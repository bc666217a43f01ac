package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.lock.ObjectLockHeaders;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code PUT /bucket/key}: streams the payload (plain or {@code aws-chunked}) into the blob store,
 * checks {@code Content-MD5} and the {@code x-amz-checksum-*} value (header or trailer), and only
 * then makes the object visible, replacing any previous one whole. Conditional with {@code
 * If-None-Match: *} and {@code If-Match}.
 */
public final class PutObject implements S3Operation {

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public PutObject(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    UploadFields fields = UploadFields.of(request);
    ObjectLock lock = ObjectLockHeaders.forUpload(fields, bucket, request.receivedAt());
    UploadIntegrity integrity = UploadIntegrity.of(request);
    ObjectLockHeaders.checkIntegrity(fields, integrity, lock);
    ObjectWriter.Upload upload =
        new ObjectWriter.Upload(
            request.key(),
            context.account(),
            UploadAttributes.read(fields).withLock(lock),
            EncryptionHeaders.forUpload(fields, bucket, context.account()),
            integrity,
            WriteConditions.of(request));
    AccessSettings.checkSettable(
        bucket, upload.attributes().acl(), CanonicalIds.of(context.account()));
    StoredObject stored =
        writer.store(bucket, upload, request.body(), ObjectWriter.announcedLength(request));
    MotoResponse response = MotoResponse.status(200).header("ETag", stored.etag());
    Versions.describe(response, bucket, stored);
    ObjectEncryption encryption = stored.encryption();
    EncryptionHeaders.describe(response, encryption);
    if (encryption.kmsContext() != null) {
      response.header(EncryptionHeaders.KMS_CONTEXT, encryption.kmsContext());
    }
    return ObjectHeaders.checksum(response, stored.checksum());
  }
}
