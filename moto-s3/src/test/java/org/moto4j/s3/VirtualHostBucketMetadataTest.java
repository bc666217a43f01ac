package org.moto4j.s3;

/** S3 Metadata and ABAC, buckets in the host name. */
class VirtualHostBucketMetadataTest extends BucketMetadataBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
