package org.moto4j.s3;

/** RenameObject and DeleteObjects, buckets in the host name. */
class VirtualHostRenameAndDeleteTest extends RenameAndDeleteBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
