package org.moto4j.s3.internal.versioning;

import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.S3Request;

/**
 * MFA delete: a bucket whose versioning configuration enables it wants the {@code x-amz-mfa} header
 * ({@code serial code}) on every request that removes a version for good or changes the versioning
 * state. moto4j has no MFA devices to check the code against, so the header's presence is what
 * counts.
 */
public final class MfaDelete {

  /** The header carrying the device's serial number and a code. */
  public static final String HEADER = "x-amz-mfa";

  private MfaDelete() {}

  /**
   * Refuses a version delete on an MFA-delete bucket without {@code x-amz-mfa}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied} ("Mfa Authentication must be
   *     used for this request")
   */
  public static void check(Bucket bucket, S3Request request) {
    if (bucket.mfaDelete() && !present(request)) {
      throw S3Errors.MFA_REQUIRED.exception();
    }
  }

  /** Whether the request carries an {@code x-amz-mfa} value. */
  public static boolean present(S3Request request) {
    String value = request.header(HEADER);
    return value != null && !value.isBlank();
  }
}
