package org.moto4j.s3;

/** ListObjects and ListObjectsV2, buckets in the path. */
class PathStyleListingTest extends ListingBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
