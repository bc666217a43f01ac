package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code DELETE /bucket/key}: removes the object; deleting a missing key succeeds too, as in S3.
 */
public final class DeleteObject implements S3Operation {

  private final BucketAccess access;

  @Inject
  public DeleteObject(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    access.forObjects(request.bucket(), context).objects().remove(request.key());
    return MotoResponse.status(204);
  }
}
