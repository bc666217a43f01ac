package org.moto4j.s3;

/** {@link ObjectLockBehaviour}, buckets in the path. */
class PathStyleObjectLockTest extends ObjectLockBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
