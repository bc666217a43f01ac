package org.moto4j.s3;

/** Presigned URLs addressing buckets in the path. */
class PathStylePresignedUrlsTest extends PresignedUrlBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
