package org.moto4j.s3;

/** S3 Metadata and ABAC, buckets in the path. */
class PathStyleBucketMetadataTest extends BucketMetadataBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
