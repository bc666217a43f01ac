package org.moto4j.sts;

import org.moto4j.core.protocol.query.Shape;

/**
 * The constrained shapes of the STS model ({@code aws-models/sts/service-2.json}) that requests are
 * validated against; a test checks every one against the model.
 */
final class StsShapes {

  // Exactly as the model writes it: Shape turns its escapes beyond the BMP into a Java regex.
  static final Shape ARN =
      Shape.string(
          "arnType",
          20,
          2048,
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD"
              + "\\u10000-\\u10FFFF]+");
  static final Shape ROLE_SESSION_NAME = Shape.string("roleSessionNameType", 2, 64, "[\\w+=,.@-]*");
  static final Shape SOURCE_IDENTITY = Shape.string("sourceIdentityType", 2, 64, "[\\w+=,.@-]*");
  static final Shape USER_NAME = Shape.string("userNameType", 2, 32, "[\\w+=,.@-]*");
  static final Shape EXTERNAL_ID = Shape.string("externalIdType", 2, 1224, "[\\w+=,.@:\\/-]*");
  static final Shape SERIAL_NUMBER = Shape.string("serialNumberType", 9, 256, "[\\w+=/:,.@-]*");
  static final Shape TOKEN_CODE = Shape.string("tokenCodeType", 6, 6, "[\\d]*");
  static final Shape TAG_KEY =
      Shape.string("tagKeyType", 1, 128, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  static final Shape TAG_VALUE =
      Shape.string("tagValueType", 0, 256, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  static final Shape UNRESTRICTED_SESSION_POLICY =
      Shape.string(
          "unrestrictedSessionPolicyDocumentType",
          1,
          null,
          "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  static final Shape SESSION_POLICY =
      Shape.string("sessionPolicyDocumentType", 1, 2048, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  static final Shape WEB_IDENTITY_TOKEN =
      Shape.string("clientTokenType", 4, 20000, null).asSensitive();
  static final Shape PROVIDER_ID = Shape.string("urlType", 4, 2048, null);
  static final Shape SAML_ASSERTION =
      Shape.string("SAMLAssertionType", 4, 100000, null).asSensitive();
  static final Shape CONTEXT_ASSERTION = Shape.string("contextAssertionType", 4, 2048, null);
  static final Shape TARGET_PRINCIPAL = Shape.string("TargetPrincipalType", 12, 2048, null);
  static final Shape ENCODED_MESSAGE = Shape.string("encodedMessageType", 1, 10240, null);
  static final Shape ACCESS_KEY_ID = Shape.string("accessKeyIdType", 16, 128, "[\\w]*");
  static final Shape TRADE_IN_TOKEN =
      Shape.string("tradeInTokenType", null, null, null).asSensitive();
  static final Shape AUDIENCE = Shape.string("webIdentityTokenAudienceStringType", 1, 1000, null);
  static final Shape JWT_ALGORITHM = Shape.string("jwtAlgorithmType", 5, 5, null);

  static final Shape ROLE_DURATION = Shape.integer("roleDurationSecondsType", 900, 43200);
  static final Shape SESSION_DURATION = Shape.integer("durationSecondsType", 900, 129600);
  static final Shape ROOT_DURATION = Shape.integer("RootDurationSecondsType", 0, 900);
  static final Shape WEB_IDENTITY_TOKEN_DURATION =
      Shape.integer("webIdentityTokenDurationSecondsType", 60, 3600);

  static final Shape TAGS = Shape.list("tagListType", null, 50);
  static final Shape TAG_KEYS = Shape.list("tagKeyListType", null, 50);
  static final Shape POLICY_ARNS = Shape.list("policyDescriptorListType", null, null);
  static final Shape PROVIDED_CONTEXTS = Shape.list("ProvidedContextsListType", 1, 5);
  static final Shape AUDIENCES = Shape.list("webIdentityTokenAudienceListType", 1, 10);

  /** AWS documents at most ten managed session policies, a limit the model does not declare. */
  static final int MAX_POLICY_ARNS = 10;

  private StsShapes() {}
}
