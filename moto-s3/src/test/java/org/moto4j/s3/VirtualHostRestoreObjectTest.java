package org.moto4j.s3;

/** RestoreObject, buckets in the host name. */
class VirtualHostRestoreObjectTest extends RestoreObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
