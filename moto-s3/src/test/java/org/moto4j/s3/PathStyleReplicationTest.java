package org.moto4j.s3;

/** {@link ReplicationBehaviour}, buckets in the path. */
class PathStyleReplicationTest extends ReplicationBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
