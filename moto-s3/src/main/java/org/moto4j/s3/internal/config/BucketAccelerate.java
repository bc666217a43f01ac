package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET /bucket?accelerate}: Transfer Acceleration, {@code Enabled} or {@code Suspended};
 * refused for bucket names with dots, which the accelerate endpoint cannot serve. A bucket that
 * never set it answers an empty configuration.
 */
public final class BucketAccelerate extends DocumentConfiguration {

  @Inject
  public BucketAccelerate(BucketAccess access) {
    super(access, kind("accelerate"), "AccelerateConfiguration");
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    String status = document.requiredText("Status");
    if (!status.equals("Enabled") && !status.equals("Suspended")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (bucket.name().contains(".")) {
      throw S3Errors.INVALID_REQUEST.exception(
          "S3 Transfer Acceleration is not supported for buckets with periods (.) in their names");
    }
    return document;
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    return empty();
  }
}
