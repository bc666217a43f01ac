package org.moto4j.s3;

/** RestoreObject, buckets in the path. */
class PathStyleRestoreObjectTest extends RestoreObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
