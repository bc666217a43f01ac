package org.moto4j.s3;

/** The CORS configuration calls, buckets in the host name. */
class VirtualHostCorsTest extends CorsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
