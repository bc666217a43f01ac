package org.moto4j.s3;

/** GetObjectTorrent, buckets in the path. */
class PathStyleGetObjectTorrentTest extends GetObjectTorrentBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.PATH;
  }
}
