package org.moto4j.s3;

/** {@link ReplicationBehaviour}, buckets in the host name. */
class VirtualHostReplicationTest extends ReplicationBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
