package org.moto4j.s3.internal;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.moto4j.core.AccountContext;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.Setting;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Errors;

/**
 * Who may reach a bucket: its owner always; other accounts may read and write its objects unless
 * {@code MOTO_S3_ALLOW_CROSSACCOUNT_ACCESS=false} (moto's rule), but never manage the bucket.
 */
@Singleton
public final class BucketAccess {

  private final BucketNamespace namespace;
  private final MotoConfig config;

  @Inject
  public BucketAccess(BucketNamespace namespace, MotoConfig config) {
    this.namespace = namespace;
    this.config = config;
  }

  /**
   * The bucket, for an operation on its objects.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchBucket}, or {@code AccessDenied} for
   *     another account's bucket when cross-account access is off
   */
  public Bucket forObjects(String name, AccountContext context) {
    Bucket bucket = namespace.get(name);
    if (!bucket.owner().equals(context.account())
        && !config.getBoolean(Setting.S3_ALLOW_CROSS_ACCOUNT_ACCESS)) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
    return bucket;
  }

  /**
   * The bucket, for an operation only its owner may perform.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchBucket} or {@code AccessDenied}
   */
  public Bucket owned(String name, AccountContext context) {
    Bucket bucket = namespace.get(name);
    if (!bucket.owner().equals(context.account())) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
    return bucket;
  }
}
