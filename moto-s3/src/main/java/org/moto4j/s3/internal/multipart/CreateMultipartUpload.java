package org.moto4j.s3.internal.multipart;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.lock.ObjectLockHeaders;
import org.moto4j.s3.internal.objects.EncryptionHeaders;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.s3.internal.objects.UploadAttributes;
import org.moto4j.s3.internal.objects.UploadFields;

/**
 * {@code POST /bucket/key?uploads}: starts a multipart upload, keeping what the object will be
 * (content headers, metadata, storage class, tags, encryption, checksum algorithm and type) with
 * S3's checks of a PutObject, and answers its id.
 */
public final class CreateMultipartUpload implements S3Operation {

  private final BucketAccess access;
  private final MultipartUploads uploads;
  private final ObjectWriter writer;

  @Inject
  public CreateMultipartUpload(BucketAccess access, MultipartUploads uploads, ObjectWriter writer) {
    this.access = access;
    this.uploads = uploads;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = UploadParameters.bucket(access, request, context);
    UploadAttributes.checkKey(request.key());
    UploadFields fields = UploadFields.of(request);
    // The lock (requested, or the bucket's default) goes with the object Complete creates.
    ObjectAttributes attributes =
        UploadAttributes.read(fields)
            .withLock(ObjectLockHeaders.forUpload(fields, bucket, request.receivedAt()));
    AccessSettings.checkSettable(bucket, attributes.acl(), CanonicalIds.of(context.account()));
    ObjectEncryption encryption = EncryptionHeaders.forUpload(fields, bucket, context.account());
    UploadChecksum checksum = UploadChecksum.of(fields);
    MultipartUpload upload =
        uploads.add(
            new MultipartUpload(
                uploads.newUploadId(),
                bucket,
                request.key(),
                context.account(),
                context.principalArn(),
                writer.now(),
                attributes,
                encryption,
                checksum));

    String xml =
        XmlWriter.document()
            .start("InitiateMultipartUploadResult", S3Service.NAMESPACE)
            .element("Bucket", bucket.name())
            .element("Key", upload.key())
            .element("UploadId", upload.id())
            .end()
            .toXml();
    MotoResponse response = MotoResponse.status(200);
    EncryptionHeaders.describe(response, encryption);
    if (encryption.kmsContext() != null) {
      response.header("x-amz-server-side-encryption-context", encryption.kmsContext());
    }
    return UploadParameters.checksumHeaders(response, checksum).xml(xml);
  }
}
