package org.moto4j.s3;

/** GetObjectTorrent, buckets in the host name. */
class VirtualHostGetObjectTorrentTest extends GetObjectTorrentBehaviour {

  @Override
  S3TestServer.Style style() {
    return S3TestServer.Style.VIRTUAL_HOST;
  }
}
