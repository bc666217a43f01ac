package org.moto4j.s3;

/** S3 versioning, buckets in the host name. */
class VirtualHostVersioningTest extends VersioningBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
