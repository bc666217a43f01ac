package org.moto4j.s3.internal;

import java.util.Set;
import org.moto4j.core.Regions;
import org.moto4j.s3.S3Errors;

/**
 * CreateBucket's location rules: which constraints exist, which region each names, and which
 * endpoint may create a bucket where.
 */
public final class LocationConstraints {

  /** The model's {@code BucketLocationConstraint} values (us-east-1 is never written out). */
  public static final Set<String> VALID =
      Set.of(
          "af-south-1",
          "ap-east-1",
          "ap-east-2",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ap-south-1",
          "ap-south-2",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-4",
          "ap-southeast-5",
          "ap-southeast-6",
          "ap-southeast-7",
          "ca-central-1",
          "ca-west-1",
          "cn-north-1",
          "cn-northwest-1",
          "EU",
          "eu-central-1",
          "eu-central-2",
          "eu-north-1",
          "eu-south-1",
          "eu-south-2",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "il-central-1",
          "me-central-1",
          "me-south-1",
          "mx-central-1",
          "sa-east-1",
          "us-east-2",
          "us-gov-east-1",
          "us-gov-west-1",
          "us-west-1",
          "us-west-2");

  private LocationConstraints() {}

  /**
   * The region a new bucket lives in. The us-east-1 endpoint creates buckets anywhere; any other
   * endpoint only in its own region, and only when the request says so.
   *
   * @param constraint the request's {@code LocationConstraint}, or {@code null} for none
   * @param requestRegion the region the request was sent to
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidLocationConstraint} or {@code
   *     IllegalLocationConstraintException}
   */
  public static String bucketRegion(String constraint, String requestRegion) {
    if (constraint == null) {
      if (!requestRegion.equals(Regions.DEFAULT)) {
        throw S3Errors.ILLEGAL_LOCATION_CONSTRAINT_UNSPECIFIED.exception();
      }
      return Regions.DEFAULT;
    }
    if (!VALID.contains(constraint)) {
      throw S3Errors.INVALID_LOCATION_CONSTRAINT.exception().with("LocationConstraint", constraint);
    }
    String region = constraint.equals("EU") ? "eu-west-1" : constraint;
    if (!requestRegion.equals(Regions.DEFAULT) && !region.equals(requestRegion)) {
      throw S3Errors.ILLEGAL_LOCATION_CONSTRAINT.exception(constraint);
    }
    return region;
  }
}
