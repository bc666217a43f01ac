package org.moto4j.s3;

/** ListObjects and ListObjectsV2, buckets in the host name. */
class VirtualHostListingTest extends ListingBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
