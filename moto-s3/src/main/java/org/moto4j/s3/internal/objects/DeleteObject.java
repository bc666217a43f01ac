package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code DELETE /bucket/key}: removes the object and releases its bytes; deleting a missing key
 * succeeds too (204), as in S3. With {@code If-Match}, only the object of that ETag ({@code *}:
 * any) is deleted: another answers 412, none 404.
 */
public final class DeleteObject implements S3Operation {

  private final BucketAccess access;

  @Inject
  public DeleteObject(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    ConcurrentNavigableMap<String, StoredObject> objects =
        access.forObjects(request.bucket(), context).objects();
    String ifMatch = request.header("If-Match");
    String key = request.key();
    while (true) {
      StoredObject current = objects.get(key);
      if (current == null) {
        if (ifMatch != null) {
          throw S3Errors.NO_SUCH_KEY.exception().with("Key", key);
        }
        return MotoResponse.status(204);
      }
      if (ifMatch != null && !EntityTags.matches(ifMatch, current.etag())) {
        throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "If-Match");
      }
      if (objects.remove(key, current)) {
        current.body().release();
        return MotoResponse.status(204);
      }
      // Replaced meanwhile: judge the new object.
    }
  }
}
