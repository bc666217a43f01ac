package org.moto4j.s3;

/** Notifications, accelerate, request payment and website, buckets in the path. */
class PathStyleBucketEndpointConfigurationsTest extends BucketEndpointConfigurationsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
