package org.moto4j.core.policy;

/**
 * IAM's {@code MalformedPolicyDocument} messages, in one table. Sources: moto's
 * iam/policy_validation.py (checked against AWS by its authors) and LocalStack's IAM provider; the
 * ones marked unconfirmed follow other emulators' reading of AWS.
 */
public final class PolicyMessages {

  private PolicyMessages() {}

  public static final String SYNTAX = "Syntax errors in policy.";
  public static final String INVALID_JSON = "This policy contains invalid Json";
  public static final String VERSION = "Policy document must be version 2012-10-17 or greater.";
  public static final String LEGACY_PARSING = "The policy failed legacy parsing";
  public static final String SID_NOT_UNIQUE =
      "Statement IDs (SID) in a single policy must be unique.";
  public static final String NO_ACTIONS = "Policy statement must contain actions.";
  public static final String NO_RESOURCES = "Policy statement must contain resources.";
  public static final String PRINCIPAL_NOT_ALLOWED =
      "Policy document should not specify a principal.";
  public static final String NO_VENDOR =
      "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
  public static final String TWO_COLONS = "Actions/Condition can contain only one colon.";
  public static final String VENDOR_NOT_VALID = "Vendor %s is not valid";
  public static final String RESOURCE_NOT_ARN = "Resource %s must be in ARN format or \"*\".";
  public static final String PARTITION_NOT_VALID =
      "Partition \"%s\" is not valid for resource \"arn:%s:%s:%s:%s:%s\".";
  public static final String VENDOR_NOT_QUALIFIED =
      "Resource vendor must be fully qualified and cannot contain regexes.";
  public static final String IAM_REGION = "IAM resource %s cannot contain region information.";
  public static final String S3_REGION = "Resource %s can not contain region information.";
  public static final String IAM_PATH =
      "IAM resource path must either be \"*\", root, or start with user/, federated-user/, role/,"
          + " group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/,"
          + " saml-provider/, oidc-provider/, report/, access-report/.";
  public static final String TRUST_RESOURCE = "Has prohibited field Resource";
  public static final String TRUST_ACTIONS =
      "AssumeRole policy may only specify STS AssumeRole actions.";

  /** Unconfirmed: trust and resource policies without a principal. */
  public static final String NO_PRINCIPAL = "Missing required field Principal";
}
