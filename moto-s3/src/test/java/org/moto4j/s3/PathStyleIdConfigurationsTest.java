package org.moto4j.s3;

/** The configurations kept by id, buckets in the path. */
class PathStyleIdConfigurationsTest extends IdConfigurationsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
