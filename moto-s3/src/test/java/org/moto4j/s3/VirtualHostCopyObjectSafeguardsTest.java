package org.moto4j.s3;

/** CopyObject's preconditions, checksums and encryption, buckets in the host name. */
class VirtualHostCopyObjectSafeguardsTest extends CopyObjectSafeguardsBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
