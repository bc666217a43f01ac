package org.moto4j.s3;

/** GetObjectAttributes, buckets in the path. */
class PathStyleObjectAttributesTest extends ObjectAttributesBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
