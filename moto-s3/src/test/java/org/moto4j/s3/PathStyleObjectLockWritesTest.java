package org.moto4j.s3;

/** {@link ObjectLockWritesBehaviour}, buckets in the path. */
class PathStyleObjectLockWritesTest extends ObjectLockWritesBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
