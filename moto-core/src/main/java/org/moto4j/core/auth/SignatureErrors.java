package org.moto4j.core.auth;

import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * Every error authentication answers, as S3 (REST-XML) and as the query services (STS, IAM) give
 * it: code, HTTP status and message template for each. The codes are those AWS documents for S3
 * (Error responses: "List of error codes") and in the IAM/STS "Common errors" page; the messages
 * are the ones AWS sends, as the SDKs and AWS's forums quote them. Unconfirmed wording is marked.
 */
public enum SignatureErrors {

  /** A key moto4j never issued, a deleted or deactivated key, or a session key with no token. */
  INVALID_ACCESS_KEY_ID(
      new Form(
          "InvalidAccessKeyId",
          403,
          "The AWS Access Key Id you provided does not exist in our records."),
      new Form(
          "InvalidClientTokenId", 403, "The security token included in the request is invalid.")),

  /** A session key whose {@code X-Amz-Security-Token} is not its session token. */
  INVALID_TOKEN(
      new Form("InvalidToken", 400, "The provided token is malformed or otherwise invalid."),
      new Form(
          "InvalidClientTokenId", 403, "The security token included in the request is invalid.")),

  /** A session key past its expiration. */
  EXPIRED_TOKEN(
      new Form("ExpiredToken", 400, "The provided token has expired."),
      new Form("ExpiredToken", 403, "The security token included in the request is expired")),

  /** A signature that is not the one the secret gives. */
  SIGNATURE_DOES_NOT_MATCH(
      new Form(
          "SignatureDoesNotMatch",
          403,
          "The request signature we calculated does not match the signature you provided. Check"
              + " your key and signing method."),
      new Form(
          "SignatureDoesNotMatch",
          403,
          "The request signature we calculated does not match the signature you provided. Check"
              + " your AWS Secret Access Key and signing method. Consult the service documentation"
              + " for details.")),

  /**
   * A request dated more than 15 minutes before the server's clock. Query services answer it as a
   * SignatureDoesNotMatch whose message names the three dates (request, limit, now).
   */
  REQUEST_TIME_TOO_OLD(
      new Form(
          "RequestTimeTooSkewed",
          403,
          "The difference between the request time and the current time is too large."),
      new Form(
          "SignatureDoesNotMatch",
          403,
          "Signature expired: %s is now earlier than %s (%s - 15 min.)")),

  /** A request dated more than 15 minutes after the server's clock. */
  REQUEST_TIME_IN_FUTURE(
      new Form(
          "RequestTimeTooSkewed",
          403,
          "The difference between the request time and the current time is too large."),
      // Unconfirmed wording: mirrors the "Signature expired" form AWS answers for the past.
      new Form(
          "SignatureDoesNotMatch",
          403,
          "Signature not yet current: %s is still later than %s (%s + 15 min.)")),

  /**
   * A SigV4 request with neither {@code X-Amz-Date} nor {@code Date}, or one that cannot be read.
   */
  MISSING_DATE(
      new Form(
          "AccessDenied", 403, "AWS authentication requires a valid Date or x-amz-date header"),
      new Form(
          "IncompleteSignature",
          400,
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
              + " Authorization=%s")),

  /** An {@code X-Amz-Date} that is not in ISO 8601 basic format. */
  MALFORMED_DATE(
      new Form(
          "AccessDenied", 403, "AWS authentication requires a valid Date or x-amz-date header"),
      new Form(
          "IncompleteSignature",
          400,
          "Date must be in ISO-8601 'basic format'. Got '%s'. See"
              + " http://en.wikipedia.org/wiki/ISO_8601")),

  /** A credential scope whose date is not the request's date. */
  SCOPE_DATE_MISMATCH(
      new Form(
          "AuthorizationHeaderMalformed",
          400,
          "The authorization header is malformed; Invalid credential date. Date is not the same"
              + " as X-Amz-Date."),
      new Form(
          "SignatureDoesNotMatch",
          403,
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '%s' != '%s', from '%s'.")),

  /** An S3 SigV4 request without {@code x-amz-content-sha256}. */
  MISSING_CONTENT_SHA256(
      new Form(
          "InvalidRequest", 400, "Missing required header for this request: x-amz-content-sha256"),
      new Form("IncompleteSignature", 400, "Missing required header: x-amz-content-sha256")),

  /** A presigned URL past {@code X-Amz-Date + X-Amz-Expires} (SigV4) or {@code Expires} (SigV2). */
  REQUEST_EXPIRED(
      new Form("AccessDenied", 403, "Request has expired"),
      // Query services do not honour X-Amz-Expires beyond their 15-minute window; unconfirmed.
      new Form("AccessDenied", 403, "Request has expired")),

  /** A presigned query that lacks a parameter or has one that cannot be read. */
  MALFORMED_PRESIGNED_QUERY(
      new Form("AuthorizationQueryParametersError", 400, "%s"),
      new Form("IncompleteSignature", 400, "%s"));

  private final Form s3;
  private final Form query;

  SignatureErrors(Form s3, Form query) {
    this.s3 = s3;
    this.query = query;
  }

  /** The error as services of {@code protocol} answer it, its message filled with {@code args}. */
  public AwsException exception(Protocol protocol, Object... args) {
    Form form = protocol == Protocol.REST_XML ? s3 : query;
    String message = args.length == 0 ? form.message() : String.format(form.message(), args);
    return new AwsException(form.code(), form.status(), message);
  }

  /** The code services of {@code protocol} answer. */
  public String code(Protocol protocol) {
    return (protocol == Protocol.REST_XML ? s3 : query).code();
  }

  /** One service family's form of an error. */
  private record Form(String code, int status, String message) {}
}
