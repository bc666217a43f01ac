package org.moto4j.s3;

/** Bucket basics with buckets in the path: {@code localhost:port/bucket}. */
class PathStyleBucketsTest extends BucketBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
