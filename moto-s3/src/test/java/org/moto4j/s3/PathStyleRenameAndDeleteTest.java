package org.moto4j.s3;

/** RenameObject and DeleteObjects, buckets in the path. */
class PathStyleRenameAndDeleteTest extends RenameAndDeleteBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
