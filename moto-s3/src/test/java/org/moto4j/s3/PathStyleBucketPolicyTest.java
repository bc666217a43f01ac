package org.moto4j.s3;

/** Bucket policies, buckets in the path. */
class PathStyleBucketPolicyTest extends BucketPolicyBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
