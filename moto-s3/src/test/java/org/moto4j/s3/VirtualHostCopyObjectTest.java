package org.moto4j.s3;

/** CopyObject, buckets in the host name. */
class VirtualHostCopyObjectTest extends CopyObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
