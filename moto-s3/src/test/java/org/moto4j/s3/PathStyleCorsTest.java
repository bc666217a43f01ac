package org.moto4j.s3;

/** The CORS configuration calls, buckets in the path. */
class PathStyleCorsTest extends CorsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
