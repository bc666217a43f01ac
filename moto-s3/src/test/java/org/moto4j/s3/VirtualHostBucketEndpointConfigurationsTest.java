package org.moto4j.s3;

/** Notifications, accelerate, request payment and website, buckets in the host name. */
class VirtualHostBucketEndpointConfigurationsTest extends BucketEndpointConfigurationsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
