package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET /bucket?logging}: server access logging. A {@code LoggingEnabled} element names a
 * target bucket that must exist, belong to the same account and live in the same region; an empty
 * {@code BucketLoggingStatus} turns logging off. No log is written.
 */
public final class BucketLogging extends DocumentConfiguration {

  private final BucketNamespace namespace;

  @Inject
  public BucketLogging(BucketAccess access, BucketNamespace namespace) {
    super(access, kind("logging"), "BucketLoggingStatus");
    this.namespace = namespace;
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    document
        .child("LoggingEnabled")
        .ifPresent(
            enabled -> {
              String targetName = enabled.requiredText("TargetBucket");
              enabled.requiredText("TargetPrefix");
              Bucket target =
                  namespace
                      .find(targetName)
                      .orElseThrow(
                          () ->
                              S3Errors.INVALID_TARGET_BUCKET_FOR_LOGGING
                                  .exception("The target bucket for logging does not exist")
                                  .with("TargetBucket", targetName));
              if (!target.owner().equals(bucket.owner())) {
                throw S3Errors.INVALID_TARGET_BUCKET_FOR_LOGGING
                    .exception(
                        "The owner for the bucket to be logged and the target bucket must be the"
                            + " same.")
                    .with("TargetBucket", targetName);
              }
              if (!target.region().equals(bucket.region())) {
                throw S3Errors.CROSS_LOCATION_LOGGING_PROHIBITED
                    .exception()
                    .with("TargetBucketLocation", target.region());
              }
            });
    return document;
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    return empty();
  }
}
