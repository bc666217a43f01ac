package org.moto4j.s3;

/** SelectObjectContent through the async SDK, buckets in the host name (via a CONNECT tunnel). */
class VirtualHostSelectObjectContentTest extends SelectObjectContentBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
