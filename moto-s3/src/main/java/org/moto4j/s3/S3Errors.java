package org.moto4j.s3;

import org.moto4j.core.protocol.AwsException;

/**
 * Every error S3 answers in moto4j: code, HTTP status and message as AWS writes them. Codes are
 * checked against the model's error shapes, or listed with their source in {@code S3ErrorsTest}.
 *
 * <pre>{@code
 * throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket);
 * }</pre>
 */
public enum S3Errors {
  ACCESS_DENIED("AccessDenied", 403, "Access Denied"),
  BUCKET_ALREADY_EXISTS(
      "BucketAlreadyExists",
      409,
      "The requested bucket name is not available. The bucket namespace is shared by all users of"
          + " the system. Please select a different name and try again."),
  BUCKET_ALREADY_OWNED_BY_YOU(
      "BucketAlreadyOwnedByYou",
      409,
      "Your previous request to create the named bucket succeeded and you already own it."),
  BUCKET_NOT_EMPTY("BucketNotEmpty", 409, "The bucket you tried to delete is not empty"),
  ILLEGAL_LOCATION_CONSTRAINT_UNSPECIFIED(
      "IllegalLocationConstraintException",
      400,
      "The unspecified location constraint is incompatible for the region specific endpoint this"
          + " request was sent to."),
  /** Formatted with the location constraint the request named. */
  ILLEGAL_LOCATION_CONSTRAINT(
      "IllegalLocationConstraintException",
      400,
      "The %s location constraint is incompatible for the region specific endpoint this request"
          + " was sent to."),
  INCOMPLETE_BODY(
      "IncompleteBody",
      400,
      "You did not provide the number of bytes specified by the Content-Length HTTP header"),
  /** Formatted with the specific complaint, as AWS words each one differently. */
  INVALID_ARGUMENT("InvalidArgument", 400, "%s"),
  INVALID_BUCKET_NAME("InvalidBucketName", 400, "The specified bucket is not valid."),
  INVALID_LOCATION_CONSTRAINT(
      "InvalidLocationConstraint", 400, "The specified location-constraint is not valid"),
  /** Formatted with the specific complaint. */
  INVALID_REQUEST("InvalidRequest", 400, "%s"),
  INVALID_URI("InvalidURI", 400, "Couldn't parse the specified URI."),
  MALFORMED_XML(
      "MalformedXML",
      400,
      "The XML you provided was not well-formed or did not validate against our published schema"),
  METHOD_NOT_ALLOWED(
      "MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
  NO_SUCH_BUCKET("NoSuchBucket", 404, "The specified bucket does not exist"),
  NO_SUCH_KEY("NoSuchKey", 404, "The specified key does not exist."),
  /** Formatted with the operation's name. */
  NOT_IMPLEMENTED("NotImplemented", 501, "The %s operation is not implemented by moto4j.");

  private final String code;
  private final int status;
  private final String message;

  S3Errors(String code, int status, String message) {
    this.code = code;
    this.status = status;
    this.message = message;
  }

  /** AWS's error code, such as {@code NoSuchBucket}. */
  public String code() {
    return code;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The message, or its template when the message names a value. */
  public String message() {
    return message;
  }

  /** The error to throw; {@code arguments} fill the message template. */
  public AwsException exception(Object... arguments) {
    String text = arguments.length == 0 ? message : String.format(message, arguments);
    return new AwsException(code, status, text);
  }
}
