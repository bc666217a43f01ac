package org.moto4j.s3.internal.lock;

import org.moto4j.s3.BucketConfigurations;

/**
 * A bucket's Object Lock configuration, kept in its {@link BucketConfigurations} once Object Lock
 * is enabled (at creation with {@code x-amz-bucket-object-lock-enabled}, or by
 * PutObjectLockConfiguration on a versioned bucket); it is never removed, as in S3.
 *
 * @param defaultRetention the rule applied to new versions, or {@code null} for none
 */
record LockConfiguration(DefaultRetention defaultRetention) {

  /** Where a bucket keeps it. */
  static final BucketConfigurations.Kind<LockConfiguration> KIND =
      new BucketConfigurations.Kind<>("object-lock", LockConfiguration.class);

  /** Object Lock enabled without a default retention. */
  static final LockConfiguration ENABLED = new LockConfiguration(null);
}
