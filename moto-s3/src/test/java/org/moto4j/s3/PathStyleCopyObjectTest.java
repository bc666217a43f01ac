package org.moto4j.s3;

/** CopyObject, buckets in the path. */
class PathStyleCopyObjectTest extends CopyObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
