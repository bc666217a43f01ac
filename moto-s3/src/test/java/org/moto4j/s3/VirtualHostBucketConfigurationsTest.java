package org.moto4j.s3;

/** The stored bucket configurations, buckets in the host name. */
class VirtualHostBucketConfigurationsTest extends BucketConfigurationsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
