package org.moto4j.s3.internal.objects;

import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/** Finds the object a request names, or answers NoSuchKey. */
final class ObjectLookup {

  private ObjectLookup() {}

  static StoredObject find(Bucket bucket, S3Request request) {
    StoredObject object = bucket.objects().get(request.key());
    if (object == null) {
      throw S3Errors.NO_SUCH_KEY.exception().with("Key", request.key());
    }
    return object;
  }
}
