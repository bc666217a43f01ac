package org.moto4j.s3;

/** Object annotations, buckets in the host name. */
class VirtualHostObjectAnnotationsTest extends ObjectAnnotationsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
