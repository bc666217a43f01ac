package org.moto4j.s3;

/** Object annotations, buckets in the path. */
class PathStyleObjectAnnotationsTest extends ObjectAnnotationsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
