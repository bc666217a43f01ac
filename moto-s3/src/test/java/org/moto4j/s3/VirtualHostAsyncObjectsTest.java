package org.moto4j.s3;

/** The object data path through the async SDK, buckets in the host name (via a CONNECT tunnel). */
class VirtualHostAsyncObjectsTest extends AsyncObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
