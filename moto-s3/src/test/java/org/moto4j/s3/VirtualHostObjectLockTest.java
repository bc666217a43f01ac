package org.moto4j.s3;

/** {@link ObjectLockBehaviour}, buckets in the host name. */
class VirtualHostObjectLockTest extends ObjectLockBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
