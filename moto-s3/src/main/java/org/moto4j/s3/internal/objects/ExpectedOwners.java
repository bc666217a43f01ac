package org.moto4j.s3.internal.objects;

import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;

/**
 * The {@code x-amz-expected-bucket-owner} checks ({@code x-amz-source-expected-bucket-owner} for a
 * copy's source): a request naming an account that does not own the bucket is denied, as in S3.
 */
public final class ExpectedOwners {

  private ExpectedOwners() {}

  /**
   * Checks the owner a request expects.
   *
   * @param expected the header's value, or {@code null} when not sent
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied} when another account owns it
   */
  public static void check(String expected, Bucket bucket) {
    if (expected != null && !expected.trim().equals(bucket.owner().value())) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
  }
}
