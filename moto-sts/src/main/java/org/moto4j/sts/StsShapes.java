package org.moto4j.sts;

import java.util.regex.Pattern;

/**
 * The constrained shapes of the STS model ({@code aws-models/sts/service-2.json}) that requests are
 * validated against; a test checks every one against the model.
 */
final class StsShapes {

  /**
   * A string shape: length bounds (either may be absent) and the pattern, as the model has them.
   */
  record StringShape(
      String shape, Integer min, Integer max, String pattern, Pattern regex, boolean sensitive) {

    /** Whether {@code value} matches the pattern (always, when the shape has none). */
    boolean matches(String value) {
      return regex == null || regex.matcher(value).matches();
    }

    /** Whether {@code value} satisfies every constraint of the shape. */
    boolean accepts(String value) {
      int length = value.codePointCount(0, value.length());
      return matches(value) && (min == null || length >= min) && (max == null || length <= max);
    }
  }

  /** An integer shape and its bounds. */
  record IntegerShape(String shape, int min, int max) {}

  /** A list shape and its size bounds (either may be absent). */
  record ListShape(String shape, Integer min, Integer max) {}

  // The model writes code points beyond the BMP as \u10000; Java's regex needs \x{10000}.
  static final StringShape ARN =
      new StringShape(
          "arnType",
          20,
          2048,
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD"
              + "\\u10000-\\u10FFFF]+",
          Pattern.compile(
              "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD"
                  + "\\x{10000}-\\x{10FFFF}]+"),
          false);
  static final StringShape ROLE_SESSION_NAME = text("roleSessionNameType", 2, 64, "[\\w+=,.@-]*");
  static final StringShape SOURCE_IDENTITY = text("sourceIdentityType", 2, 64, "[\\w+=,.@-]*");
  static final StringShape USER_NAME = text("userNameType", 2, 32, "[\\w+=,.@-]*");
  static final StringShape EXTERNAL_ID = text("externalIdType", 2, 1224, "[\\w+=,.@:\\/-]*");
  static final StringShape SERIAL_NUMBER = text("serialNumberType", 9, 256, "[\\w+=/:,.@-]*");
  static final StringShape TOKEN_CODE = text("tokenCodeType", 6, 6, "[\\d]*");
  static final StringShape TAG_KEY = text("tagKeyType", 1, 128, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  static final StringShape TAG_VALUE =
      text("tagValueType", 0, 256, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  static final StringShape UNRESTRICTED_SESSION_POLICY =
      text(
          "unrestrictedSessionPolicyDocumentType",
          1,
          null,
          "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  static final StringShape SESSION_POLICY =
      text("sessionPolicyDocumentType", 1, 2048, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
  static final StringShape WEB_IDENTITY_TOKEN = secret("clientTokenType", 4, 20000);
  static final StringShape PROVIDER_ID = text("urlType", 4, 2048, null);
  static final StringShape SAML_ASSERTION = secret("SAMLAssertionType", 4, 100000);
  static final StringShape CONTEXT_ASSERTION = text("contextAssertionType", 4, 2048, null);
  static final StringShape TARGET_PRINCIPAL = text("TargetPrincipalType", 12, 2048, null);
  static final StringShape ENCODED_MESSAGE = text("encodedMessageType", 1, 10240, null);
  static final StringShape ACCESS_KEY_ID = text("accessKeyIdType", 16, 128, "[\\w]*");
  static final StringShape TRADE_IN_TOKEN = secret("tradeInTokenType", null, null);
  static final StringShape AUDIENCE = text("webIdentityTokenAudienceStringType", 1, 1000, null);
  static final StringShape JWT_ALGORITHM = text("jwtAlgorithmType", 5, 5, null);

  static final IntegerShape ROLE_DURATION = new IntegerShape("roleDurationSecondsType", 900, 43200);
  static final IntegerShape SESSION_DURATION = new IntegerShape("durationSecondsType", 900, 129600);
  static final IntegerShape ROOT_DURATION = new IntegerShape("RootDurationSecondsType", 0, 900);
  static final IntegerShape WEB_IDENTITY_TOKEN_DURATION =
      new IntegerShape("webIdentityTokenDurationSecondsType", 60, 3600);

  static final ListShape TAGS = new ListShape("tagListType", null, 50);
  static final ListShape TAG_KEYS = new ListShape("tagKeyListType", null, 50);
  static final ListShape POLICY_ARNS = new ListShape("policyDescriptorListType", null, null);
  static final ListShape PROVIDED_CONTEXTS = new ListShape("ProvidedContextsListType", 1, 5);
  static final ListShape AUDIENCES = new ListShape("webIdentityTokenAudienceListType", 1, 10);

  /** AWS documents at most ten managed session policies, a limit the model does not declare. */
  static final int MAX_POLICY_ARNS = 10;

  private StsShapes() {}

  private static StringShape text(String shape, Integer min, Integer max, String pattern) {
    return new StringShape(
        shape, min, max, pattern, pattern == null ? null : Pattern.compile(pattern), false);
  }

  private static StringShape secret(String shape, Integer min, Integer max) {
    return new StringShape(shape, min, max, null, null, true);
  }
}
