package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.time.Clock;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code HEAD /bucket/key}: what GetObject would answer, without the body (errors as a status only,
 * as HEAD allows no body).
 */
public final class HeadObject implements S3Operation {

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public HeadObject(BucketAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ObjectRead read =
        ObjectReader.read(
            bucket,
            request.key(),
            Versions.parameter(request),
            ReadConditions.of(request),
            RangeRequest.of(request),
            false);
    if (read.notModified()) {
      return ObjectHeaders.notModified(read.object());
    }
    EncryptionHeaders.checkReadKey(UploadFields.of(request), read.object());
    MotoResponse response =
        ObjectHeaders.describe(MotoResponse.status(read.isPartial() ? 206 : 200), read, request)
            .header("Content-Length", Long.toString(read.contentLength()));
    Versions.describe(response, bucket, read.object());
    return ObjectHeaders.restore(response, read.object(), clock.instant());
  }
}
