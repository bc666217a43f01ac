package org.moto4j.s3;

/** ACLs, ownership, Block Public Access and bucket policies, buckets in the path. */
class PathStyleAccessTest extends AccessBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
