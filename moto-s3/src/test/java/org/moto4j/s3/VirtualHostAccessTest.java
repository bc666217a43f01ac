package org.moto4j.s3;

/** ACLs, ownership, Block Public Access and bucket policies, buckets as host names. */
class VirtualHostAccessTest extends AccessBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
