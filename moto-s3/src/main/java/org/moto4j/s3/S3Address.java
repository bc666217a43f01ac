package org.moto4j.s3;

/**
 * What an S3 request addresses: the service root, a bucket, or an object in a bucket.
 *
 * @param bucket the bucket name, or {@code null} for the service root
 * @param key the decoded object key, or {@code null} when the request addresses no object
 * @param virtualHosted whether the bucket came from the host name rather than the path
 */
public record S3Address(String bucket, String key, boolean virtualHosted) {

  /** The shape of resource a request addresses, as the route table names it. */
  public enum Target {
    ROOT,
    BUCKET,
    OBJECT
  }

  /** Which kind of resource this is. */
  public Target target() {
    if (bucket == null) {
      return Target.ROOT;
    }
    return key == null ? Target.BUCKET : Target.OBJECT;
  }
}
