package org.moto4j.s3;

/** The ACLs object writes set, buckets in the path. */
class PathStyleObjectAclTest extends ObjectAclBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
