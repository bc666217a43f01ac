package org.moto4j.s3.internal.buckets;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.multipart.MultipartUploads;

/**
 * {@code DELETE /bucket}: frees the name of an empty bucket the caller owns, aborting the multipart
 * uploads still in progress in it.
 */
public final class DeleteBucket implements S3Operation {

  private final BucketAccess access;
  private final BucketNamespace namespace;
  private final MultipartUploads uploads;

  @Inject
  public DeleteBucket(BucketAccess access, BucketNamespace namespace, MultipartUploads uploads) {
    this.access = access;
    this.namespace = namespace;
    this.uploads = uploads;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    if (bucket.versioning().isVersioned()) {
      // Noncurrent versions and delete markers keep a versioned bucket as objects do.
      if (!bucket.objects().isEmpty() || bucket.versions().hasHistory()) {
        throw S3Errors.BUCKET_NOT_EMPTY_OF_VERSIONS.exception().with("BucketName", bucket.name());
      }
    } else if (!bucket.objects().isEmpty()) {
      throw S3Errors.BUCKET_NOT_EMPTY.exception().with("BucketName", bucket.name());
    }
    namespace.remove(bucket);
    // As moto (and S3) do, uploads in progress do not keep a bucket: they go with it.
    uploads.discard(bucket);
    return MotoResponse.status(204);
  }
}
