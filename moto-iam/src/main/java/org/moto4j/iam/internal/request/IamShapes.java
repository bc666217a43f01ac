package org.moto4j.iam.internal.request;

import org.moto4j.core.protocol.query.Shape;

/**
 * The shapes of the IAM model ({@code aws-models/iam/service-2.json}) that the implemented
 * operations' members use; a test holds each one to the model.
 */
public final class IamShapes {

  public static final Shape USER_NAME = Shape.string("userNameType", 1, 64, "[\\w+=,.@-]+");

  public static final Shape EXISTING_USER_NAME =
      Shape.string("existingUserNameType", 1, 128, "[\\w+=,.@-]+");

  public static final Shape PATH =
      Shape.string("pathType", 1, 512, "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

  public static final Shape PATH_PREFIX =
      Shape.string("pathPrefixType", 1, 512, "\\u002F[\\u0021-\\u007F]*");

  public static final Shape MARKER = Shape.string("markerType", 1, 320, "[\\u0020-\\u00FF]+");

  public static final Shape MAX_ITEMS = Shape.integer("maxItemsType", 1, 1000);

  public static final Shape ARN = Shape.string("arnType", 20, 2048, null);

  public static final Shape TAG_KEY =
      Shape.string("tagKeyType", 1, 128, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");

  public static final Shape TAG_VALUE =
      Shape.string("tagValueType", 0, 256, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  public static final Shape TAG_LIST = Shape.list("tagListType", null, 50);

  public static final Shape TAG_KEY_LIST = Shape.list("tagKeyListType", null, 50);

  public static final Shape ACCESS_KEY_ID = Shape.string("accessKeyIdType", 16, 128, "[\\w]+");

  public static final Shape STATUS =
      Shape.enumeration("statusType", "Active", "Inactive", "Expired");

  // account, providers, reports, organizations (WP-ACCT)

  public static final Shape OIDC_URL = Shape.string("OpenIDConnectProviderUrlType", 1, 255, null);

  public static final Shape CLIENT_ID_LIST = Shape.list("clientIDListType", null, null);

  public static final Shape CLIENT_ID = Shape.string("clientIDType", 1, 255, null);

  public static final Shape THUMBPRINT_LIST = Shape.list("thumbprintListType", null, null);

  public static final Shape SAML_METADATA =
      Shape.string("SAMLMetadataDocumentType", 1000, 10000000, null);

  public static final Shape SAML_PROVIDER_NAME =
      Shape.string("SAMLProviderNameType", 1, 128, "[\\w._-]+");

  public static final Shape ASSERTION_ENCRYPTION_MODE =
      Shape.enumeration("assertionEncryptionModeType", "Required", "Allowed");

  // PRIVATE_KEY (privateKeyType) is declared with the server certificate shapes.

  public static final Shape PRIVATE_KEY_ID = Shape.string("privateKeyIdType", 22, 64, "[A-Z0-9]+");

  public static final Shape ACCOUNT_ALIAS =
      Shape.string("accountAliasType", 3, 63, "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");

  public static final Shape ACCESS_ADVISOR_GRANULARITY =
      Shape.enumeration("AccessAdvisorUsageGranularityType", "SERVICE_LEVEL", "ACTION_LEVEL");

  public static final Shape JOB_ID = Shape.string("jobIDType", 36, 36, null);

  public static final Shape SERVICE_NAMESPACE =
      Shape.string("serviceNamespaceType", 1, 64, "[\\w-]*");

  public static final Shape ORGANIZATIONS_ENTITY_PATH =
      Shape.string(
          "organizationsEntityPathType",
          19,
          427,
          "^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*");

  public static final Shape ORGANIZATIONS_POLICY_ID =
      Shape.string("organizationsPolicyIdType", null, null, "^p-[0-9a-zA-Z_]{8,128}$");

  public static final Shape SORT_KEY =
      Shape.enumeration(
          "sortKeyType",
          "SERVICE_NAMESPACE_ASCENDING",
          "SERVICE_NAMESPACE_DESCENDING",
          "LAST_AUTHENTICATED_TIME_ASCENDING",
          "LAST_AUTHENTICATED_TIME_DESCENDING");

  public static final Shape GLOBAL_ENDPOINT_TOKEN_VERSION =
      Shape.enumeration("globalEndpointTokenVersion", "v1Token", "v2Token");

  public static final Shape LOCALE = Shape.string("localeType", 2, 12, null);

  public static final Shape DELEGATION_REQUEST_ID =
      Shape.string("delegationRequestIdType", 16, 128, "[\\w-]+");

  public static final Shape NOTES =
      Shape.string(
          "notesType", null, 500, "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  public static final Shape OWNER_ID =
      Shape.string("ownerIdType", 20, 2048, "^[a-zA-Z0-9:/+=,.@_-]+$");

  public static final Shape ACCOUNT_ID = Shape.string("accountIdType", null, null, "\\d{12}");

  public static final Shape DELEGATION_REQUEST_DESCRIPTION =
      Shape.string(
          "delegationRequestDescriptionType",
          null,
          1000,
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  public static final Shape REQUEST_MESSAGE =
      Shape.string(
          "requestMessageType",
          null,
          200,
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  public static final Shape REQUESTOR_WORKFLOW_ID =
      Shape.string(
          "requestorWorkflowIdType",
          5,
          400,
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+");

  public static final Shape REDIRECT_URL =
      Shape.string(
          "redirectUrlType",
          1,
          255,
          "^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$");

  public static final Shape NOTIFICATION_CHANNEL =
      Shape.string("notificationChannelType", 2, 400, "^[a-zA-Z0-9:_.-]+$");

  public static final Shape SESSION_DURATION = Shape.integer("sessionDurationType", 300, 43200);

  // managed and inline policies (WP-POL)
  public static final Shape POLICY_NAME = Shape.string("policyNameType", 1, 128, "[\\w+=,.@-]+");

  public static final Shape POLICY_PATH =
      Shape.string("policyPathType", 1, 512, "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");

  public static final Shape POLICY_DOCUMENT =
      Shape.string("policyDocumentType", 1, 131072, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  public static final Shape POLICY_DESCRIPTION =
      Shape.string("policyDescriptionType", null, 1000, null);

  public static final Shape POLICY_VERSION_ID =
      Shape.string("policyVersionIdType", null, null, "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");

  public static final Shape POLICY_SCOPE =
      Shape.enumeration("policyScopeType", "All", "AWS", "Local");

  public static final Shape POLICY_USAGE =
      Shape.enumeration("PolicyUsageType", "PermissionsPolicy", "PermissionsBoundary");

  public static final Shape ENTITY_TYPE =
      Shape.enumeration(
          "EntityType", "User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy");

  public static final Shape ENTITY_LIST = Shape.list("entityListType", null, null);

  public static final Shape SERVICE_NAMESPACE_LIST = Shape.list("serviceNamespaceListType", 1, 200);

  // groups, roles, instance profiles, service-linked roles (WP-ID)
  public static final Shape GROUP_NAME = Shape.string("groupNameType", 1, 128, "[\\w+=,.@-]+");

  public static final Shape ROLE_NAME = Shape.string("roleNameType", 1, 64, "[\\w+=,.@-]+");

  public static final Shape INSTANCE_PROFILE_NAME =
      Shape.string("instanceProfileNameType", 1, 128, "[\\w+=,.@-]+");

  public static final Shape ROLE_DESCRIPTION =
      Shape.string(
          "roleDescriptionType",
          null,
          1000,
          "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");

  public static final Shape ROLE_MAX_SESSION_DURATION =
      Shape.integer("roleMaxSessionDurationType", 3600, 43200);

  public static final Shape CUSTOM_SUFFIX = Shape.string("customSuffixType", 1, 64, "[\\w+=,.@-]+");

  public static final Shape DELETION_TASK_ID = Shape.string("DeletionTaskIdType", 1, 1000, null);

  // login profiles, password policy, MFA, SSH keys, certificates, service credentials (WP-CRED)
  public static final Shape PASSWORD =
      Shape.string("passwordType", 1, 128, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").asSensitive();

  public static final Shape MINIMUM_PASSWORD_LENGTH =
      Shape.integer("minimumPasswordLengthType", 6, 128);

  public static final Shape MAX_PASSWORD_AGE = Shape.integer("maxPasswordAgeType", 1, 1095);

  public static final Shape PASSWORD_REUSE_PREVENTION =
      Shape.integer("passwordReusePreventionType", 1, 24);

  public static final Shape VIRTUAL_MFA_DEVICE_NAME =
      Shape.string("virtualMFADeviceName", 1, null, "[\\w+=,.@-]+");

  public static final Shape SERIAL_NUMBER =
      Shape.string("serialNumberType", 9, 256, "[\\w+=/:,.@-]+");

  public static final Shape AUTHENTICATION_CODE =
      Shape.string("authenticationCodeType", 6, 6, "[\\d]+");

  public static final Shape ASSIGNMENT_STATUS =
      Shape.enumeration("assignmentStatusType", "Assigned", "Unassigned", "Any");

  public static final Shape PUBLIC_KEY_MATERIAL =
      Shape.string("publicKeyMaterialType", 1, 16384, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  public static final Shape PUBLIC_KEY_ID = Shape.string("publicKeyIdType", 20, 128, "[\\w]+");

  public static final Shape ENCODING = Shape.enumeration("encodingType", "SSH", "PEM");

  public static final Shape SERVER_CERTIFICATE_NAME =
      Shape.string("serverCertificateNameType", 1, 128, "[\\w+=,.@-]+");

  public static final Shape CERTIFICATE_BODY =
      Shape.string("certificateBodyType", 1, 16384, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  public static final Shape PRIVATE_KEY =
      Shape.string("privateKeyType", 1, 16384, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+")
          .asSensitive();

  public static final Shape CERTIFICATE_CHAIN =
      Shape.string("certificateChainType", 1, 2097152, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

  public static final Shape CERTIFICATE_ID = Shape.string("certificateIdType", 24, 128, "[\\w]+");

  public static final Shape SERVICE_NAME = Shape.string("serviceName", null, null, null);

  public static final Shape SERVICE_SPECIFIC_CREDENTIAL_ID =
      Shape.string("serviceSpecificCredentialId", 20, 128, "[\\w]+");

  public static final Shape CREDENTIAL_AGE_DAYS = Shape.integer("credentialAgeDays", 1, 36600);

  // policy simulation (WP-SIM)

  public static final Shape ACTION_NAME = Shape.string("ActionNameType", 3, 128, null);

  public static final Shape ACTION_NAME_LIST = Shape.list("ActionNameListType", null, null);

  public static final Shape RESOURCE_NAME = Shape.string("ResourceNameType", 1, 2048, null);

  public static final Shape RESOURCE_NAME_LIST = Shape.list("ResourceNameListType", null, null);

  public static final Shape SIMULATION_POLICY_LIST =
      Shape.list("SimulationPolicyListType", null, null);

  public static final Shape CONTEXT_ENTRY_LIST = Shape.list("ContextEntryListType", null, null);

  public static final Shape CONTEXT_KEY_NAME = Shape.string("ContextKeyNameType", 5, 256, null);

  public static final Shape CONTEXT_KEY_VALUE =
      Shape.string("ContextKeyValueType", null, null, null);

  public static final Shape CONTEXT_KEY_TYPE =
      Shape.enumeration(
          "ContextKeyTypeEnum",
          "string",
          "stringList",
          "numeric",
          "numericList",
          "boolean",
          "booleanList",
          "ip",
          "ipList",
          "binary",
          "binaryList",
          "date",
          "dateList");

  public static final Shape RESOURCE_HANDLING_OPTION =
      Shape.string("ResourceHandlingOptionType", 1, 64, null);

  public static final Shape POLICY_EXCLUSION_LIST =
      Shape.list("PolicyExclusionsListType", null, 256);

  public static final Shape POLICY_IDENTIFIER_TYPE =
      Shape.enumeration(
          "PolicyIdentifierPolicyType",
          "inline",
          "aws-managed",
          "user-managed",
          "permission-boundary",
          "scp",
          "rcp");

  public static final Shape ATTACHMENT_TYPE =
      Shape.enumeration("AttachmentType", "user", "group", "role");

  private IamShapes() {}
}
