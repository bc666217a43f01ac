package org.moto4j.s3;

/** CopyObject's preconditions, checksums and encryption, buckets in the path. */
class PathStyleCopyObjectSafeguardsTest extends CopyObjectSafeguardsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
