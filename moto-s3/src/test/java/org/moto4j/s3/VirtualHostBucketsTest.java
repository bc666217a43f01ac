package org.moto4j.s3;

/** Bucket basics with buckets in the host name: {@code bucket.localhost:port}. */
class VirtualHostBucketsTest extends BucketBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
