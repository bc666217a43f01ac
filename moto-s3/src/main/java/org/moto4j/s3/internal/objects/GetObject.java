package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/** {@code GET /bucket/key}: the whole object (ranges and conditions come with the blob store). */
public final class GetObject implements S3Operation {

  private final BucketAccess access;

  @Inject
  public GetObject(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    StoredObject object = ObjectLookup.find(access.forObjects(request.bucket(), context), request);
    return ObjectHeaders.describe(MotoResponse.status(200), object)
        .body(ResponseBody.of(object.content()));
  }
}
