package org.moto4j.s3;

/** The object data path, buckets in the host name. */
class VirtualHostObjectDataTest extends ObjectDataBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
