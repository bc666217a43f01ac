package org.moto4j.s3.internal.multipart;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code DELETE /bucket/key?uploadId=ID}: ends an upload and releases every part received (their
 * temporary files go); the id names no upload afterwards.
 */
public final class AbortMultipartUpload implements S3Operation {

  private final BucketAccess access;
  private final MultipartUploads uploads;

  @Inject
  public AbortMultipartUpload(BucketAccess access, MultipartUploads uploads) {
    this.access = access;
    this.uploads = uploads;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = UploadParameters.bucket(access, request, context);
    MultipartUpload upload = uploads.get(bucket, request.key(), UploadParameters.uploadId(request));
    if (!upload.abort()) {
      throw upload.noSuchUpload();
    }
    uploads.remove(upload);
    return MotoResponse.status(204);
  }
}
