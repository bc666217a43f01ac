package org.moto4j.iam.internal;

import java.util.Locale;
import org.moto4j.core.protocol.AwsException;

/**
 * Every error IAM answers: AWS's code, HTTP status and message template. Codes and statuses are
 * those of the model's error shapes ({@code ValidationError}, which the model does not list, is
 * AWS's common 400 for a member breaking its constraints); a test holds them to the model.
 *
 * <pre>{@code throw IamErrors.NO_SUCH_USER.exception(userName);}</pre>
 */
public enum IamErrors {
  NO_SUCH_USER("NoSuchEntity", 404, "The user with name %s cannot be found."),
  NO_SUCH_ACCESS_KEY("NoSuchEntity", 404, "The Access Key with id %s cannot be found."),
  USER_ALREADY_EXISTS("EntityAlreadyExists", 409, "User with name %s already exists."),
  ACCESS_KEYS_PER_USER("LimitExceeded", 409, "Cannot exceed quota for AccessKeysPerUser: %d"),
  TAGS_PER_USER("LimitExceeded", 409, "Cannot exceed quota for TagsPerUser: %d"),
  USER_HAS_ACCESS_KEYS(
      "DeleteConflict", 409, "Cannot delete entity, must delete access keys first."),
  // login profiles, password policy, MFA, SSH keys, certificates, service credentials (WP-CRED)
  NO_SUCH_LOGIN_PROFILE("NoSuchEntity", 404, "Login Profile for User %s cannot be found."),
  LOGIN_PROFILE_ALREADY_EXISTS(
      "EntityAlreadyExists", 409, "Login Profile for user %s already exists."),
  USER_HAS_LOGIN_PROFILE(
      "DeleteConflict", 409, "Cannot delete entity, must delete login profile first."),
  NO_SUCH_PASSWORD_POLICY(
      "NoSuchEntity", 404, "The Password Policy with domain name %s cannot be found."),
  /** The password breaks the account's policy; the message lists every broken rule. */
  PASSWORD_POLICY_VIOLATION("PasswordPolicyViolation", 400, "%s"),
  PASSWORD_CHANGE_BY_NON_USER(
      "InvalidUserType", 400, "Only IAM users can change their own password."),
  WRONG_OLD_PASSWORD("InvalidUserType", 400, "The old password is incorrect."),
  NO_SUCH_VIRTUAL_MFA_DEVICE(
      "NoSuchEntity", 404, "VirtualMFADevice with serial number %s doesn't exist."),
  NO_SUCH_MFA_DEVICE("NoSuchEntity", 404, "MFA Device with serial number %s does not exist."),
  VIRTUAL_MFA_DEVICE_ALREADY_EXISTS(
      "EntityAlreadyExists", 409, "MFADevice entity at the same path and name already exists."),
  MFA_DEVICE_ALREADY_ENABLED("EntityAlreadyExists", 409, "MFA Device is already in use."),
  MFA_DEVICE_IN_USE("DeleteConflict", 409, "MFA device is still in use."),
  MFA_DEVICES_PER_USER("LimitExceeded", 409, "Cannot exceed quota for MFADevicesPerUser: %d"),
  TAGS_PER_MFA_DEVICE("LimitExceeded", 409, "Cannot exceed quota for TagsPerMFADevice: %d"),
  INVALID_AUTHENTICATION_CODE(
      "InvalidAuthenticationCode", 403, "Authentication code for device is not valid."),
  USER_HAS_MFA_DEVICES(
      "DeleteConflict", 409, "Cannot delete entity, must delete MFA device first."),
  NO_SUCH_SSH_PUBLIC_KEY("NoSuchEntity", 404, "The Public Key with id %s cannot be found."),
  INVALID_PUBLIC_KEY("InvalidPublicKey", 400, "The public key is malformed or otherwise invalid."),
  UNRECOGNIZED_PUBLIC_KEY_ENCODING(
      "UnrecognizedPublicKeyEncoding",
      400,
      "The public key encoding format is unsupported or unrecognized."),
  DUPLICATE_SSH_PUBLIC_KEY(
      "DuplicateSSHPublicKey",
      400,
      "The SSH public key is already associated with the specified IAM user."),
  SSH_PUBLIC_KEYS_PER_USER(
      "LimitExceeded", 409, "Cannot exceed quota for SSHPublicKeysPerUser: %d"),
  USER_HAS_SSH_PUBLIC_KEYS(
      "DeleteConflict", 409, "Cannot delete entity, must delete SSH public keys first."),
  NO_SUCH_SERVER_CERTIFICATE(
      "NoSuchEntity", 404, "The Server Certificate with name %s cannot be found."),
  SERVER_CERTIFICATE_ALREADY_EXISTS(
      "EntityAlreadyExists", 409, "The Server Certificate with name %s already exists."),
  SERVER_CERTIFICATES_PER_ACCOUNT(
      "LimitExceeded", 409, "Cannot exceed quota for ServerCertificatesPerAccount: %d"),
  TAGS_PER_SERVER_CERTIFICATE(
      "LimitExceeded", 409, "Cannot exceed quota for TagsPerServerCertificate: %d"),
  MALFORMED_CERTIFICATE(
      "MalformedCertificate",
      400,
      "Unable to parse certificate. Please ensure the certificate is in PEM format."),
  MALFORMED_CERTIFICATE_CHAIN(
      "MalformedCertificate",
      400,
      "Unable to parse certificate chain. Please ensure the certificate chain is in PEM format."),
  MALFORMED_PRIVATE_KEY(
      "MalformedCertificate",
      400,
      "Unable to parse private key. Please ensure the private key is in PEM format."),
  KEY_PAIR_MISMATCH(
      "KeyPairMismatch",
      400,
      "The private key did not match the public key provided. Please verify the key material"
          + " and try again."),
  NO_SUCH_SIGNING_CERTIFICATE("NoSuchEntity", 404, "The Certificate with id %s cannot be found."),
  DUPLICATE_SIGNING_CERTIFICATE(
      "DuplicateCertificate",
      409,
      "The same certificate is already associated with an IAM user in the account."),
  SIGNING_CERTIFICATES_PER_USER(
      "LimitExceeded", 409, "Cannot exceed quota for CertificatesPerUser: %d"),
  USER_HAS_SIGNING_CERTIFICATES(
      "DeleteConflict", 409, "Cannot delete entity, must delete signing certificates first."),
  NO_SUCH_SERVICE_SPECIFIC_CREDENTIAL("NoSuchEntity", 404, "No such credential %s exists"),
  SERVICE_NOT_SUPPORTED(
      "NotSupportedService",
      404,
      "No such service %s is supported for Service-Specific Credentials"),
  SERVICE_SPECIFIC_CREDENTIALS_PER_USER(
      "LimitExceeded",
      409,
      "Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: %d"),
  USER_HAS_SERVICE_SPECIFIC_CREDENTIALS(
      "DeleteConflict",
      409,
      "Cannot delete entity, must delete service-specific credentials first."),
  INVALID_CREDENTIAL_STATUS(
      "InvalidInput", 400, "Invalid status %s: a credential can only be made Active or Inactive."),
  // groups, roles, instance profiles, service-linked roles (WP-ID)
  NO_SUCH_GROUP("NoSuchEntity", 404, "The group with name %s cannot be found."),
  GROUP_ALREADY_EXISTS("EntityAlreadyExists", 409, "Group with name %s already exists."),
  GROUPS_PER_USER("LimitExceeded", 409, "Cannot exceed quota for GroupsPerUser: %d"),
  GROUP_HAS_USERS(
      "DeleteConflict", 409, "Cannot delete entity, must remove users from group first."),
  USER_IN_GROUPS(
      "DeleteConflict", 409, "Cannot delete entity, must remove user from all groups first."),
  NO_SUCH_ROLE("NoSuchEntity", 404, "The role with name %s cannot be found."),
  ROLE_ALREADY_EXISTS("EntityAlreadyExists", 409, "Role with name %s already exists."),
  TAGS_PER_ROLE("LimitExceeded", 409, "Cannot exceed quota for TagsPerRole: %d"),
  ROLE_IN_INSTANCE_PROFILE(
      "DeleteConflict",
      409,
      "Cannot delete entity, must remove roles from instance profile first."),
  PROTECTED_ROLE(
      "UnmodifiableEntity",
      400,
      "Cannot perform the operation on the protected role '%s' - this role is only modifiable by"
          + " AWS"),
  SERVICE_LINKED_ROLE_SESSION_DURATION(
      "UnmodifiableEntity",
      400,
      "%s is an AWS service linked role, max session duration cannot be changed."),
  NO_SUCH_INSTANCE_PROFILE("NoSuchEntity", 404, "Instance Profile %s cannot be found."),
  INSTANCE_PROFILE_ALREADY_EXISTS(
      "EntityAlreadyExists", 409, "Instance Profile %s already exists."),
  ROLES_PER_INSTANCE_PROFILE(
      "LimitExceeded", 409, "Cannot exceed quota for InstanceSessionsPerInstanceProfile: %d"),
  ROLE_NOT_IN_INSTANCE_PROFILE(
      "NoSuchEntity", 404, "Role %s in Instance Profile %s cannot be found."),
  INSTANCE_PROFILE_HAS_ROLES(
      "DeleteConflict",
      409,
      "Cannot delete entity, must remove roles from instance profile first."),
  TAGS_PER_INSTANCE_PROFILE(
      "LimitExceeded", 409, "Cannot exceed quota for TagsPerInstanceProfile: %d"),
  SERVICE_ROLE_NAME_TAKEN(
      "InvalidInput",
      400,
      "Service role name %s has been taken in this account, please try a different suffix."),
  CUSTOM_SUFFIX_NOT_ALLOWED("InvalidInput", 400, "Custom suffix is not allowed for %s"),
  NO_SUCH_DELETION_TASK("NoSuchEntity", 404, "Deletion task %s cannot be found."),
  NO_SUCH_BOUNDARY_POLICY(
      "NoSuchEntity", 404, "Scope ARN: %s does not exist or is not attachable."),
  // managed and inline policies (WP-POL)
  NO_SUCH_POLICY("NoSuchEntity", 404, "Policy %s was not found."),
  POLICY_NOT_ATTACHABLE("NoSuchEntity", 404, "Policy %s does not exist or is not attachable."),
  NO_SUCH_POLICY_VERSION(
      "NoSuchEntity", 404, "Policy %s version %s does not exist or is not attachable."),
  POLICY_ALREADY_EXISTS(
      "EntityAlreadyExists",
      409,
      "A policy called %s already exists. Duplicate names are not allowed."),
  POLICY_VERSIONS_PER_POLICY(
      "LimitExceeded",
      409,
      "A managed policy can have up to %d versions. Before you create a new version, you must"
          + " delete an existing version."),
  POLICY_SIZE("LimitExceeded", 409, "Cannot exceed quota for PolicySize: %d"),
  /** Attaching past the quota: {@code PoliciesPerUser}, {@code PoliciesPerGroup}… */
  POLICIES_PER_ENTITY("LimitExceeded", 409, "Cannot exceed quota for %s: %d"),
  TAGS_PER_POLICY("LimitExceeded", 409, "Cannot exceed quota for TagsPerPolicy: %d"),
  /** The inline policies of a user, group or role together past their size quota. */
  INLINE_POLICY_SIZE("LimitExceeded", 409, "Maximum policy size of %d bytes exceeded for %s %s"),
  DEFAULT_POLICY_VERSION("DeleteConflict", 409, "Cannot delete the default version of a policy."),
  POLICY_HAS_VERSIONS(
      "DeleteConflict",
      409,
      "This policy has more than one version. Before you delete a policy, you must delete the"
          + " policy's versions. The default version is deleted with the policy."),
  POLICY_ATTACHED("DeleteConflict", 409, "Cannot delete a policy attached to entities."),
  ENTITY_HAS_ATTACHED_POLICIES(
      "DeleteConflict", 409, "Cannot delete entity, must detach all policies first."),
  ENTITY_HAS_INLINE_POLICIES(
      "DeleteConflict", 409, "Cannot delete entity, must delete policies first."),
  /** A change to a policy only AWS may change; the model lists no better code for it. */
  AWS_MANAGED_POLICY(
      "InvalidInput", 400, "Policy %s is an AWS managed policy: only AWS can change it."),
  /** An inline policy a user, group or role does not have: "The user policy with name…". */
  NO_SUCH_INLINE_POLICY("NoSuchEntity", 404, "The %s policy with name %s cannot be found."),
  MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400, "%s"),
  INVALID_ENTITY_ARN("InvalidInput", 400, "ARN %s is not valid."),
  // policy simulation (WP-SIM); the wording of these three is moto4j's, not confirmed with AWS
  /** A policy given to the simulator that IAM's grammar refuses. */
  SIMULATION_POLICY_MALFORMED("InvalidInput", 400, "%s"),
  /** A resource policy to simulate with no caller for its Principal element to name. */
  SIMULATION_CALLER_REQUIRED(
      "InvalidInput",
      400,
      "Missing required parameter: CallerArn is required when a ResourcePolicy is provided."),
  /** A caller or resource owner the simulator cannot use. */
  SIMULATION_INVALID_ARN("InvalidInput", 400, "Invalid ARN: %s"),
  /** A member breaks its model constraints; the message lists every broken constraint. */
  VALIDATION("ValidationError", 400, "%s"),
  /** An operation that defaults to the calling user was called with role or federated creds. */
  USER_NAME_REQUIRED(
      "ValidationError", 400, "Must specify userName when calling with non-User credentials"),
  DUPLICATE_TAG_KEYS(
      "InvalidInput",
      400,
      "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
  INVALID_POLICY_ARN("InvalidInput", 400, "ARN %s is not valid."),
  INVALID_MARKER("InvalidInput", 400, "Invalid Marker: %s"),
  INVALID_ACCESS_KEY_STATUS(
      "InvalidInput", 400, "Invalid status %s: an access key can only be made Active or Inactive."),
  // account, providers, reports, organizations (WP-ACCT)
  NO_SUCH_OIDC_PROVIDER("NoSuchEntity", 404, "OpenIDConnect Provider not found for arn %s"),
  NO_SUCH_OIDC_PROVIDER_TO_DELETE(
      "NoSuchEntity", 404, "OpenId connect Provider %s cannot be found."),
  OIDC_PROVIDER_ALREADY_EXISTS("EntityAlreadyExists", 409, "Provider with url %s already exists."),
  OIDC_PROVIDERS_PER_ACCOUNT(
      "LimitExceeded", 409, "Cannot exceed quota for OpenIdConnectProvidersPerAccount: %d"),
  CLIENT_IDS_PER_OIDC_PROVIDER(
      "LimitExceeded", 409, "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: %d"),
  TAGS_PER_OIDC_PROVIDER(
      "LimitExceeded", 409, "Cannot exceed quota for TagsPerOpenIdConnectProvider: %d"),
  /** A URL with no scheme at all. */
  OIDC_URL_UNPARSEABLE("ValidationError", 400, "Invalid Open ID Connect Provider URL"),
  OIDC_URL_NOT_HTTPS(
      "InvalidInput",
      400,
      "Invalid Open ID Connect Provider URL. The URL must begin with https://."),
  /** A port, query, fragment, user info or a host that is no host name. */
  OIDC_URL_INVALID("InvalidInput", 400, "Invalid Open ID Connect Provider URL."),
  THUMBPRINTS_TOO_MANY("InvalidInput", 400, "Thumbprint list must contain fewer than 5 entries."),
  THUMBPRINT_LENGTH("InvalidInput", 400, "Thumbprint must be exactly 40 characters."),
  NO_SUCH_SAML_PROVIDER("NoSuchEntity", 404, "Manifest not found for arn %s"),
  SAML_PROVIDER_ALREADY_EXISTS("EntityAlreadyExists", 409, "Provider with name %s already exists."),
  SAML_PROVIDERS_PER_ACCOUNT(
      "LimitExceeded", 409, "Cannot exceed quota for SAMLProvidersPerAccount: %d"),
  TAGS_PER_SAML_PROVIDER("LimitExceeded", 409, "Cannot exceed quota for TagsPerSAMLProvider: %d"),
  SAML_METADATA_INVALID("InvalidInput", 400, "Could not parse metadata"),
  SAML_PRIVATE_KEY_INVALID(
      "InvalidInput", 400, "Invalid private key: Key format is not recognized."),
  SAML_PRIVATE_KEYS_PER_PROVIDER("LimitExceeded", 409, "Private key limit of %d is reached."),
  SAML_NO_SUCH_PRIVATE_KEY(
      "InvalidInput",
      400,
      "Failed to remove private key: the Key ID does not match a private key of the provider."),
  SAML_LAST_PRIVATE_KEY_REQUIRED(
      "InvalidInput",
      400,
      "Failed to remove private key. AssertionEncryptionMode is Required, so the provider must"
          + " keep a private key."),
  SAML_ENCRYPTION_WITHOUT_KEY(
      "InvalidInput",
      400,
      "Cannot set AssertionEncryptionMode to Required because no private key is provided."),
  SAML_ADD_AND_REMOVE_KEY(
      "InvalidInput", 400, "Unable to add and remove private keys in the same request."),
  SAML_NO_UPDATE("InvalidInput", 400, "No updates are defined in the request."),
  ACCOUNT_ALIAS_TAKEN("EntityAlreadyExists", 409, "The account alias %s already exists."),
  NO_SUCH_ACCOUNT_ALIAS("NoSuchEntity", 404, "The account alias %s cannot be found."),
  CREDENTIAL_REPORT_NOT_PRESENT("ReportNotPresent", 410, "Credential report not present"),
  CREDENTIAL_REPORT_EXPIRED(
      "ReportExpired",
      410,
      "The most recent credential report has expired. Generate a new credential report."),
  NO_SUCH_ACCESS_JOB("NoSuchEntity", 404, "The job with id %s cannot be found."),
  NO_SUCH_ACCESS_ENTITY("NoSuchEntity", 404, "The entity with ARN %s cannot be found."),
  INVALID_ACCESS_ENTITY_ARN(
      "InvalidInput",
      400,
      "ARN %s is not valid: it must be the ARN of an IAM user, group, role or policy."),
  ORGANIZATION_NOT_FOUND(
      "OrganizationNotFoundException",
      400,
      "The request was rejected because no organization is associated with your account."),
  OUTBOUND_FEDERATION_ENABLED(
      "FeatureEnabled",
      409,
      "Outbound identity federation is already enabled for your Amazon Web Services account."),
  OUTBOUND_FEDERATION_DISABLED(
      "FeatureDisabled",
      404,
      "Outbound identity federation is disabled for your Amazon Web Services account."),
  NO_SUCH_DELEGATION_REQUEST(
      "NoSuchEntity", 404, "The delegation request with id %s cannot be found."),
  DELEGATION_NOT_ONBOARDED(
      "InvalidInput",
      400,
      "The caller is not onboarded as a delegation partner: CreateDelegationRequest is not"
          + " available for general use.");

  private final String code;
  private final int status;
  private final String template;

  IamErrors(String code, int status, String template) {
    this.code = code;
    this.status = status;
    this.template = template;
  }

  /** AWS's error code, such as {@code NoSuchEntity}. */
  public String code() {
    return code;
  }

  /** The HTTP status AWS answers it with. */
  public int status() {
    return status;
  }

  /** The message template, {@link String#format} style. */
  public String template() {
    return template;
  }

  /** The exception to throw, its message filled with {@code arguments}. */
  public AwsException exception(Object... arguments) {
    return new AwsException(code, status, String.format(Locale.ROOT, template, arguments));
  }
}
