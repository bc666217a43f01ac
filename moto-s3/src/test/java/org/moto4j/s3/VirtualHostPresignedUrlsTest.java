package org.moto4j.s3;

/** Presigned URLs addressing buckets in the host name ({@code bucket.localhost}). */
class VirtualHostPresignedUrlsTest extends PresignedUrlBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
