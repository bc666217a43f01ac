package org.moto4j.s3;

/** Multipart uploads, buckets in the path. */
class PathStyleMultipartTest extends MultipartBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
