package org.moto4j.s3.internal.buckets;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/** {@code GET /bucket?location}: the bucket's location constraint, empty for us-east-1. */
public final class GetBucketLocation implements S3Operation {

  private final BucketNamespace namespace;

  @Inject
  public GetBucketLocation(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = namespace.get(request.bucket());
    String xml =
        XmlWriter.document()
            .start("LocationConstraint", S3Service.NAMESPACE)
            .text(bucket.locationConstraint())
            .end()
            .toXml();
    return MotoResponse.status(200).xml(xml);
  }
}
