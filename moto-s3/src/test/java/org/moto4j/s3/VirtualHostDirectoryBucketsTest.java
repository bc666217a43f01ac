package org.moto4j.s3;

/** Directory buckets and S3 Express sessions, buckets in the host name. */
class VirtualHostDirectoryBucketsTest extends DirectoryBucketsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
