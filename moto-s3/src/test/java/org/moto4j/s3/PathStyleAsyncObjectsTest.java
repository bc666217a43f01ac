package org.moto4j.s3;

/** The object data path through the async SDK, buckets in the path. */
class PathStyleAsyncObjectsTest extends AsyncObjectBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
