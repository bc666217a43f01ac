package org.moto4j.s3;

/** Multipart uploads, buckets in the host name. */
class VirtualHostMultipartTest extends MultipartBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
