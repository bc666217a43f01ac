package org.moto4j.s3.internal.multipart;

import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Request;

/**
 * What the multipart operations read from requests and write alike: the bucket, {@code partNumber},
 * the paging numbers of ListParts and ListMultipartUploads, and the {@code Initiator}/{@code Owner}
 * of an upload in their listings.
 */
public final class UploadParameters {

  /** The largest part number. */
  public static final int MAX_PART_NUMBER = 10_000;

  /** The most entries a listing page holds, and its size when the request names none. */
  public static final int MAX_PAGE = 1000;

  private UploadParameters() {}

  /**
   * The bucket a multipart operation works in: the caller may write its objects (moto's
   * cross-account rule), and an {@code x-amz-expected-bucket-owner} must name its owner.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchBucket} or {@code AccessDenied}
   */
  public static Bucket bucket(BucketAccess access, S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    String expected = request.header("x-amz-expected-bucket-owner");
    if (expected != null && !expected.trim().equals(bucket.owner().value())) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
    return bucket;
  }

  /**
   * The {@code partNumber} of an UploadPart or UploadPartCopy.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} outside 1-10,000
   */
  public static int partNumber(S3Request request) {
    String value = request.queryParameter("partNumber");
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= 1 && number <= MAX_PART_NUMBER) {
        return number;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // answered below
    }
    throw S3Errors.PART_NUMBER_OUT_OF_RANGE
        .exception()
        .with("ArgumentName", "partNumber")
        .with("ArgumentValue", value);
  }

  /** The {@code uploadId} of the request ({@code ""} when it has none, which names no upload). */
  public static String uploadId(S3Request request) {
    String id = request.queryParameter("uploadId");
    return id == null ? "" : id;
  }

  /**
   * A non-negative integer paging argument ({@code max-parts}, {@code part-number-marker}, {@code
   * max-uploads}).
   *
   * @param fallback the value when the request does not name it
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} when it is no 32-bit
   *     integer or is negative
   */
  public static int pagingArgument(S3Request request, String name, int fallback) {
    String value = request.queryParameter(name);
    if (value == null) {
      return fallback;
    }
    int number;
    try {
      number = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw S3Errors.ARGUMENT_NOT_AN_INTEGER
          .exception(name)
          .with("ArgumentName", name)
          .with("ArgumentValue", value);
    }
    if (number < 0) {
      throw S3Errors.NEGATIVE_ARGUMENT
          .exception(name)
          .with("ArgumentName", name)
          .with("ArgumentValue", value);
    }
    return number;
  }

  /** Writes an upload's {@code Initiator} and {@code Owner} elements. */
  public static XmlWriter initiatorAndOwner(XmlWriter xml, MultipartUpload upload) {
    return xml.start("Initiator")
        .element("ID", upload.initiatorId())
        .optional("DisplayName", upload.initiatorDisplayName())
        .end()
        .start("Owner")
        .element("ID", upload.ownerId())
        .end();
  }

  /** Adds the {@code x-amz-checksum-algorithm} and {@code -type} headers of a named checksum. */
  static MotoResponse checksumHeaders(MotoResponse response, UploadChecksum checksum) {
    if (checksum.named()) {
      response
          .header("x-amz-checksum-algorithm", checksum.algorithm().s3Name())
          .header("x-amz-checksum-type", checksum.type().name());
    }
    return response;
  }
}
