package org.moto4j.s3;

/** {@link ObjectLockWritesBehaviour}, buckets in the host name. */
class VirtualHostObjectLockWritesTest extends ObjectLockWritesBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
