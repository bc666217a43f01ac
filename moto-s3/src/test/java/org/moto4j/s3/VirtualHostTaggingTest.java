package org.moto4j.s3;

/** Bucket and object tags, buckets in the host name. */
class VirtualHostTaggingTest extends TaggingBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
