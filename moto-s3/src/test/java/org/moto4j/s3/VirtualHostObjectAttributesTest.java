package org.moto4j.s3;

/** GetObjectAttributes, buckets in the host name. */
class VirtualHostObjectAttributesTest extends ObjectAttributesBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
