package org.moto4j.s3;

/** Bucket policies, buckets as host names. */
class VirtualHostBucketPolicyTest extends BucketPolicyBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
