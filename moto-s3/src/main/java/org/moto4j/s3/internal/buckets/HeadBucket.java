package org.moto4j.s3.internal.buckets;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/** {@code HEAD /bucket}: whether the bucket exists (whoever owns it) and its region. */
public final class HeadBucket implements S3Operation {

  private final BucketNamespace namespace;

  @Inject
  public HeadBucket(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = namespace.get(request.bucket());
    return MotoResponse.status(200)
        .header("x-amz-bucket-region", bucket.region())
        .header("x-amz-access-point-alias", "false");
  }
}
