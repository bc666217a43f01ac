package org.moto4j.s3;

/** Bucket and object tags, buckets in the path. */
class PathStyleTaggingTest extends TaggingBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
