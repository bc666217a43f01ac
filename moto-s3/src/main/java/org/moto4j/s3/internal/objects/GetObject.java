package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.time.Clock;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectRestore;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code GET /bucket/key}: the object's bytes, streamed from its blobs, whole (200) or a range or
 * part (206), after the {@code If-*} preconditions (412/304); with its headers and the {@code
 * response-*} overrides.
 */
public final class GetObject implements S3Operation {

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public GetObject(BucketAccess access, Clock clock) {
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
            true);
    if (read.notModified()) {
      return ObjectHeaders.notModified(read.object());
    }
    try {
      StoredObject object = read.object();
      EncryptionHeaders.checkReadKey(UploadFields.of(request), object);
      if (!ObjectRestore.isReadable(object, clock.instant())) {
        throw S3Errors.INVALID_OBJECT_STATE
            .exception()
            .with("StorageClass", object.storageClass().name());
      }
      MotoResponse response =
          ObjectHeaders.describe(MotoResponse.status(read.isPartial() ? 206 : 200), read, request);
      ObjectHeaders.restore(response, object, clock.instant());
      Versions.describe(response, bucket, object);
      return response.body(read.responseBody());
    } catch (RuntimeException e) {
      read.close();
      throw e;
    }
  }
}
