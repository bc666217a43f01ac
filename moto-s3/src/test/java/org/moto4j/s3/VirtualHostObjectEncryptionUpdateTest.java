package org.moto4j.s3;

/** UpdateObjectEncryption, buckets in the host name. */
class VirtualHostObjectEncryptionUpdateTest extends ObjectEncryptionUpdateBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
