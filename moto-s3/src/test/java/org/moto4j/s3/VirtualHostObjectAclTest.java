package org.moto4j.s3;

/** The ACLs object writes set, buckets as host names. */
class VirtualHostObjectAclTest extends ObjectAclBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
