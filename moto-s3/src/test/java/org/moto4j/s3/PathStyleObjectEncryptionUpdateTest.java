package org.moto4j.s3;

/** UpdateObjectEncryption, buckets in the path. */
class PathStyleObjectEncryptionUpdateTest extends ObjectEncryptionUpdateBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
