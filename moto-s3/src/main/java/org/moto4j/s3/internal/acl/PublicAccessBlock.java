package org.moto4j.s3.internal.acl;

/** A bucket's {@code PublicAccessBlockConfiguration}: the four settings, false when not given. */
public record PublicAccessBlock(
    boolean blockPublicAcls,
    boolean ignorePublicAcls,
    boolean blockPublicPolicy,
    boolean restrictPublicBuckets) {

  /** What new buckets get since April 2023: everything blocked. */
  public static final PublicAccessBlock ALL = new PublicAccessBlock(true, true, true, true);

  /** Nothing blocked: a bucket without a configuration. */
  public static final PublicAccessBlock NONE = new PublicAccessBlock(false, false, false, false);
}
