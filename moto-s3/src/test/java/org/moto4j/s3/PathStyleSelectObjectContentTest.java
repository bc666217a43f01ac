package org.moto4j.s3;

/** SelectObjectContent through the async SDK, buckets in the path. */
class PathStyleSelectObjectContentTest extends SelectObjectContentBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
