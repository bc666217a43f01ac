package org.moto4j.sts;

import org.moto4j.core.protocol.AwsException;

/**
 * Every error STS answers: its code, HTTP status and message template. The codes of the model's
 * error shapes are checked against {@code aws-models/sts/service-2.json} by a test; the others
 * ({@code ValidationError}, {@code ExpiredToken}, {@code AccessDenied}) are AWS's common errors.
 */
enum StsErrors {

  /** Input that breaks a member's constraints, or a semantic rule of the operation. */
  VALIDATION("ValidationError", 400, "%s"),

  /** A request signed with a moto4j-issued temporary credential whose expiration has passed. */
  EXPIRED_TOKEN("ExpiredToken", 400, "The security token included in the request is expired"),

  /** An operation the caller's kind of credential may not call. */
  SESSION_CREDENTIALS_DENIED("AccessDenied", 403, "Cannot call %s with session credentials"),

  MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400, "%s"),
  PACKED_POLICY_TOO_LARGE(
      "PackedPolicyTooLarge",
      400,
      "Packed policy consumes %d%% of allotted space, please use smaller policy."),

  /** A web identity token or SAML assertion that cannot be read. */
  INVALID_IDENTITY_TOKEN("InvalidIdentityToken", 400, "%s"),
  INVALID_AUTHORIZATION_MESSAGE(
      "InvalidAuthorizationMessageException",
      400,
      "The encoded authorization message is invalid: %s"),
  EXPIRED_TRADE_IN_TOKEN(
      "ExpiredTradeInTokenException",
      400,
      "The trade-in token provided in the request has expired and can no longer be exchanged"
          + " for credentials."),
  SESSION_DURATION_ESCALATION(
      "SessionDurationEscalationException",
      403,
      "The requested token duration would extend the session beyond its original expiration"
          + " time."),

  // The model's remaining error shapes. moto4j has no identity provider to reach, no region to
  // disable and no switch for outbound federation, so nothing raises these today; they are listed
  // so the table stays the whole of STS's error vocabulary.
  EXPIRED_IDENTITY_TOKEN(
      "ExpiredTokenException", 400, "Token expired: current date/time %s must be before %s"),
  IDP_REJECTED_CLAIM("IDPRejectedClaim", 403, "%s"),
  IDP_COMMUNICATION_ERROR("IDPCommunicationError", 400, "%s"),
  REGION_DISABLED(
      "RegionDisabledException", 403, "STS is not activated in this region for account:%s."),
  OUTBOUND_FEDERATION_DISABLED(
      "OutboundWebIdentityFederationDisabledException",
      403,
      "The outbound web identity federation feature is not enabled for this account."),
  JWT_PAYLOAD_SIZE_EXCEEDED(
      "JWTPayloadSizeExceededException",
      400,
      "The requested token payload size exceeds the maximum allowed size.");

  private final String code;
  private final int status;
  private final String template;

  StsErrors(String code, int status, String template) {
    this.code = code;
    this.status = status;
    this.template = template;
  }

  /** AWS's error code. */
  String code() {
    return code;
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The exception to throw, its message the template filled with {@code args}. */
  AwsException exception(Object... args) {
    return new AwsException(code, status, String.format(template, args));
  }
}
