package org.moto4j.iam.internal;

import static java.util.Map.entry;
import static org.moto4j.iam.internal.policy.PolicyHolderKind.GROUP;
import static org.moto4j.iam.internal.policy.PolicyHolderKind.ROLE;
import static org.moto4j.iam.internal.policy.PolicyHolderKind.USER;

import java.util.Map;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.iam.internal.accesskey.CreateAccessKey;
import org.moto4j.iam.internal.accesskey.DeleteAccessKey;
import org.moto4j.iam.internal.accesskey.GetAccessKeyLastUsed;
import org.moto4j.iam.internal.accesskey.ListAccessKeys;
import org.moto4j.iam.internal.accesskey.UpdateAccessKey;
import org.moto4j.iam.internal.account.CreateAccountAlias;
import org.moto4j.iam.internal.account.DeleteAccountAlias;
import org.moto4j.iam.internal.account.DisableOutboundWebIdentityFederation;
import org.moto4j.iam.internal.account.EnableOutboundWebIdentityFederation;
import org.moto4j.iam.internal.account.GetAccountSummary;
import org.moto4j.iam.internal.account.GetOutboundWebIdentityFederationInfo;
import org.moto4j.iam.internal.account.ListAccountAliases;
import org.moto4j.iam.internal.account.SetSecurityTokenServicePreferences;
import org.moto4j.iam.internal.certificate.DeleteServerCertificate;
import org.moto4j.iam.internal.certificate.DeleteSigningCertificate;
import org.moto4j.iam.internal.certificate.GetServerCertificate;
import org.moto4j.iam.internal.certificate.ListServerCertificateTags;
import org.moto4j.iam.internal.certificate.ListServerCertificates;
import org.moto4j.iam.internal.certificate.ListSigningCertificates;
import org.moto4j.iam.internal.certificate.TagServerCertificate;
import org.moto4j.iam.internal.certificate.UntagServerCertificate;
import org.moto4j.iam.internal.certificate.UpdateServerCertificate;
import org.moto4j.iam.internal.certificate.UpdateSigningCertificate;
import org.moto4j.iam.internal.certificate.UploadServerCertificate;
import org.moto4j.iam.internal.certificate.UploadSigningCertificate;
import org.moto4j.iam.internal.group.AddUserToGroup;
import org.moto4j.iam.internal.group.CreateGroup;
import org.moto4j.iam.internal.group.DeleteGroup;
import org.moto4j.iam.internal.group.GetGroup;
import org.moto4j.iam.internal.group.ListGroups;
import org.moto4j.iam.internal.group.ListGroupsForUser;
import org.moto4j.iam.internal.group.RemoveUserFromGroup;
import org.moto4j.iam.internal.group.UpdateGroup;
import org.moto4j.iam.internal.inline.DeleteInlinePolicy;
import org.moto4j.iam.internal.inline.GetInlinePolicy;
import org.moto4j.iam.internal.inline.ListInlinePolicies;
import org.moto4j.iam.internal.inline.PutInlinePolicy;
import org.moto4j.iam.internal.instanceprofile.AddRoleToInstanceProfile;
import org.moto4j.iam.internal.instanceprofile.CreateInstanceProfile;
import org.moto4j.iam.internal.instanceprofile.DeleteInstanceProfile;
import org.moto4j.iam.internal.instanceprofile.GetInstanceProfile;
import org.moto4j.iam.internal.instanceprofile.ListInstanceProfileTags;
import org.moto4j.iam.internal.instanceprofile.ListInstanceProfiles;
import org.moto4j.iam.internal.instanceprofile.ListInstanceProfilesForRole;
import org.moto4j.iam.internal.instanceprofile.RemoveRoleFromInstanceProfile;
import org.moto4j.iam.internal.instanceprofile.TagInstanceProfile;
import org.moto4j.iam.internal.instanceprofile.UntagInstanceProfile;
import org.moto4j.iam.internal.login.ChangePassword;
import org.moto4j.iam.internal.login.CreateLoginProfile;
import org.moto4j.iam.internal.login.DeleteAccountPasswordPolicy;
import org.moto4j.iam.internal.login.DeleteLoginProfile;
import org.moto4j.iam.internal.login.GetAccountPasswordPolicy;
import org.moto4j.iam.internal.login.GetLoginProfile;
import org.moto4j.iam.internal.login.UpdateAccountPasswordPolicy;
import org.moto4j.iam.internal.login.UpdateLoginProfile;
import org.moto4j.iam.internal.mfa.CreateVirtualMFADevice;
import org.moto4j.iam.internal.mfa.DeactivateMFADevice;
import org.moto4j.iam.internal.mfa.DeleteVirtualMFADevice;
import org.moto4j.iam.internal.mfa.GetMFADevice;
import org.moto4j.iam.internal.mfa.ListMFADeviceTags;
import org.moto4j.iam.internal.mfa.ListMFADevices;
import org.moto4j.iam.internal.mfa.ListVirtualMFADevices;
import org.moto4j.iam.internal.mfa.MfaDeviceCodes;
import org.moto4j.iam.internal.mfa.TagMFADevice;
import org.moto4j.iam.internal.mfa.UntagMFADevice;
import org.moto4j.iam.internal.organizations.CreateDelegationRequest;
import org.moto4j.iam.internal.organizations.GenerateOrganizationsAccessReport;
import org.moto4j.iam.internal.organizations.GetHumanReadableSummary;
import org.moto4j.iam.internal.organizations.GetOrganizationsAccessReport;
import org.moto4j.iam.internal.organizations.ListDelegationRequests;
import org.moto4j.iam.internal.organizations.StandaloneAccount;
import org.moto4j.iam.internal.organizations.UnknownDelegationRequest;
import org.moto4j.iam.internal.policy.CreatePolicy;
import org.moto4j.iam.internal.policy.CreatePolicyVersion;
import org.moto4j.iam.internal.policy.DeletePolicy;
import org.moto4j.iam.internal.policy.DeletePolicyVersion;
import org.moto4j.iam.internal.policy.GetAccountAuthorizationDetails;
import org.moto4j.iam.internal.policy.GetPolicy;
import org.moto4j.iam.internal.policy.GetPolicyVersion;
import org.moto4j.iam.internal.policy.ListAttachedPolicies;
import org.moto4j.iam.internal.policy.ListEntitiesForPolicy;
import org.moto4j.iam.internal.policy.ListPolicies;
import org.moto4j.iam.internal.policy.ListPoliciesGrantingServiceAccess;
import org.moto4j.iam.internal.policy.ListPolicyTags;
import org.moto4j.iam.internal.policy.ListPolicyVersions;
import org.moto4j.iam.internal.policy.PolicyAttachment;
import org.moto4j.iam.internal.policy.SetDefaultPolicyVersion;
import org.moto4j.iam.internal.policy.TagPolicy;
import org.moto4j.iam.internal.policy.UntagPolicy;
import org.moto4j.iam.internal.provider.AddClientIDToOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.CreateOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.CreateSAMLProvider;
import org.moto4j.iam.internal.provider.DeleteOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.DeleteSAMLProvider;
import org.moto4j.iam.internal.provider.GetOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.GetSAMLProvider;
import org.moto4j.iam.internal.provider.ListOpenIDConnectProviderTags;
import org.moto4j.iam.internal.provider.ListOpenIDConnectProviders;
import org.moto4j.iam.internal.provider.ListSAMLProviderTags;
import org.moto4j.iam.internal.provider.ListSAMLProviders;
import org.moto4j.iam.internal.provider.RemoveClientIDFromOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.TagOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.TagSAMLProvider;
import org.moto4j.iam.internal.provider.UntagOpenIDConnectProvider;
import org.moto4j.iam.internal.provider.UntagSAMLProvider;
import org.moto4j.iam.internal.provider.UpdateOpenIDConnectProviderThumbprint;
import org.moto4j.iam.internal.provider.UpdateSAMLProvider;
import org.moto4j.iam.internal.report.GenerateCredentialReport;
import org.moto4j.iam.internal.report.GenerateServiceLastAccessedDetails;
import org.moto4j.iam.internal.report.GetCredentialReport;
import org.moto4j.iam.internal.report.GetServiceLastAccessedDetails;
import org.moto4j.iam.internal.report.GetServiceLastAccessedDetailsWithEntities;
import org.moto4j.iam.internal.role.CreateRole;
import org.moto4j.iam.internal.role.CreateServiceLinkedRole;
import org.moto4j.iam.internal.role.DeleteRole;
import org.moto4j.iam.internal.role.DeleteRolePermissionsBoundary;
import org.moto4j.iam.internal.role.DeleteServiceLinkedRole;
import org.moto4j.iam.internal.role.GetRole;
import org.moto4j.iam.internal.role.GetServiceLinkedRoleDeletionStatus;
import org.moto4j.iam.internal.role.ListRoleTags;
import org.moto4j.iam.internal.role.ListRoles;
import org.moto4j.iam.internal.role.PutRolePermissionsBoundary;
import org.moto4j.iam.internal.role.TagRole;
import org.moto4j.iam.internal.role.UntagRole;
import org.moto4j.iam.internal.role.UpdateAssumeRolePolicy;
import org.moto4j.iam.internal.role.UpdateRole;
import org.moto4j.iam.internal.role.UpdateRoleDescription;
import org.moto4j.iam.internal.servicecredential.CreateServiceSpecificCredential;
import org.moto4j.iam.internal.servicecredential.DeleteServiceSpecificCredential;
import org.moto4j.iam.internal.servicecredential.ListServiceSpecificCredentials;
import org.moto4j.iam.internal.servicecredential.ResetServiceSpecificCredential;
import org.moto4j.iam.internal.servicecredential.UpdateServiceSpecificCredential;
import org.moto4j.iam.internal.simulate.GetContextKeysForCustomPolicy;
import org.moto4j.iam.internal.simulate.GetContextKeysForPrincipalPolicy;
import org.moto4j.iam.internal.simulate.SimulateCustomPolicy;
import org.moto4j.iam.internal.simulate.SimulatePrincipalPolicy;
import org.moto4j.iam.internal.ssh.DeleteSSHPublicKey;
import org.moto4j.iam.internal.ssh.GetSSHPublicKey;
import org.moto4j.iam.internal.ssh.ListSSHPublicKeys;
import org.moto4j.iam.internal.ssh.UpdateSSHPublicKey;
import org.moto4j.iam.internal.ssh.UploadSSHPublicKey;
import org.moto4j.iam.internal.user.CreateUser;
import org.moto4j.iam.internal.user.DeleteUser;
import org.moto4j.iam.internal.user.DeleteUserPermissionsBoundary;
import org.moto4j.iam.internal.user.GetUser;
import org.moto4j.iam.internal.user.ListUserTags;
import org.moto4j.iam.internal.user.ListUsers;
import org.moto4j.iam.internal.user.PutUserPermissionsBoundary;
import org.moto4j.iam.internal.user.TagUser;
import org.moto4j.iam.internal.user.UntagUser;
import org.moto4j.iam.internal.user.UpdateUser;

/**
 * IAM's route table: the implemented actions and the operation answering each. Every other action
 * of the API answers {@code 501 NotImplemented}.
 */
final class IamRoutes {

  private IamRoutes() {}

  static Map<String, QueryAction> table(IamBackends backends) {
    return Map.ofEntries(
        // users
        entry("CreateUser", new CreateUser(backends)),
        entry("GetUser", new GetUser(backends)),
        entry("ListUsers", new ListUsers(backends)),
        entry("UpdateUser", new UpdateUser(backends)),
        entry("DeleteUser", new DeleteUser(backends)),
        entry("TagUser", new TagUser(backends)),
        entry("UntagUser", new UntagUser(backends)),
        entry("ListUserTags", new ListUserTags(backends)),
        // groups, roles, instance profiles, service-linked roles, boundaries (WP-ID)
        entry("CreateGroup", new CreateGroup(backends)),
        entry("GetGroup", new GetGroup(backends)),
        entry("ListGroups", new ListGroups(backends)),
        entry("UpdateGroup", new UpdateGroup(backends)),
        entry("DeleteGroup", new DeleteGroup(backends)),
        entry("AddUserToGroup", new AddUserToGroup(backends)),
        entry("RemoveUserFromGroup", new RemoveUserFromGroup(backends)),
        entry("ListGroupsForUser", new ListGroupsForUser(backends)),
        entry("CreateRole", new CreateRole(backends)),
        entry("GetRole", new GetRole(backends)),
        entry("ListRoles", new ListRoles(backends)),
        entry("UpdateRole", new UpdateRole(backends)),
        entry("UpdateRoleDescription", new UpdateRoleDescription(backends)),
        entry("DeleteRole", new DeleteRole(backends)),
        entry("UpdateAssumeRolePolicy", new UpdateAssumeRolePolicy(backends)),
        entry("TagRole", new TagRole(backends)),
        entry("UntagRole", new UntagRole(backends)),
        entry("ListRoleTags", new ListRoleTags(backends)),
        entry("PutRolePermissionsBoundary", new PutRolePermissionsBoundary(backends)),
        entry("DeleteRolePermissionsBoundary", new DeleteRolePermissionsBoundary(backends)),
        entry("CreateServiceLinkedRole", new CreateServiceLinkedRole(backends)),
        entry("DeleteServiceLinkedRole", new DeleteServiceLinkedRole(backends)),
        entry(
            "GetServiceLinkedRoleDeletionStatus", new GetServiceLinkedRoleDeletionStatus(backends)),
        entry("PutUserPermissionsBoundary", new PutUserPermissionsBoundary(backends)),
        entry("DeleteUserPermissionsBoundary", new DeleteUserPermissionsBoundary(backends)),
        entry("CreateInstanceProfile", new CreateInstanceProfile(backends)),
        entry("GetInstanceProfile", new GetInstanceProfile(backends)),
        entry("ListInstanceProfiles", new ListInstanceProfiles(backends)),
        entry("DeleteInstanceProfile", new DeleteInstanceProfile(backends)),
        entry("AddRoleToInstanceProfile", new AddRoleToInstanceProfile(backends)),
        entry("RemoveRoleFromInstanceProfile", new RemoveRoleFromInstanceProfile(backends)),
        entry("ListInstanceProfilesForRole", new ListInstanceProfilesForRole(backends)),
        entry("TagInstanceProfile", new TagInstanceProfile(backends)),
        entry("UntagInstanceProfile", new UntagInstanceProfile(backends)),
        entry("ListInstanceProfileTags", new ListInstanceProfileTags(backends)),
        // managed and inline policies (WP-POL)
        entry("CreatePolicy", new CreatePolicy(backends)),
        entry("GetPolicy", new GetPolicy(backends)),
        entry("ListPolicies", new ListPolicies(backends)),
        entry("DeletePolicy", new DeletePolicy(backends)),
        entry("CreatePolicyVersion", new CreatePolicyVersion(backends)),
        entry("GetPolicyVersion", new GetPolicyVersion(backends)),
        entry("ListPolicyVersions", new ListPolicyVersions(backends)),
        entry("DeletePolicyVersion", new DeletePolicyVersion(backends)),
        entry("SetDefaultPolicyVersion", new SetDefaultPolicyVersion(backends)),
        entry("TagPolicy", new TagPolicy(backends)),
        entry("UntagPolicy", new UntagPolicy(backends)),
        entry("ListPolicyTags", new ListPolicyTags(backends)),
        entry("AttachUserPolicy", PolicyAttachment.attach(backends, USER)),
        entry("AttachGroupPolicy", PolicyAttachment.attach(backends, GROUP)),
        entry("AttachRolePolicy", PolicyAttachment.attach(backends, ROLE)),
        entry("DetachUserPolicy", PolicyAttachment.detach(backends, USER)),
        entry("DetachGroupPolicy", PolicyAttachment.detach(backends, GROUP)),
        entry("DetachRolePolicy", PolicyAttachment.detach(backends, ROLE)),
        entry("ListAttachedUserPolicies", new ListAttachedPolicies(backends, USER)),
        entry("ListAttachedGroupPolicies", new ListAttachedPolicies(backends, GROUP)),
        entry("ListAttachedRolePolicies", new ListAttachedPolicies(backends, ROLE)),
        entry("PutUserPolicy", new PutInlinePolicy(backends, USER)),
        entry("PutGroupPolicy", new PutInlinePolicy(backends, GROUP)),
        entry("PutRolePolicy", new PutInlinePolicy(backends, ROLE)),
        entry("GetUserPolicy", new GetInlinePolicy(backends, USER)),
        entry("GetGroupPolicy", new GetInlinePolicy(backends, GROUP)),
        entry("GetRolePolicy", new GetInlinePolicy(backends, ROLE)),
        entry("DeleteUserPolicy", new DeleteInlinePolicy(backends, USER)),
        entry("DeleteGroupPolicy", new DeleteInlinePolicy(backends, GROUP)),
        entry("DeleteRolePolicy", new DeleteInlinePolicy(backends, ROLE)),
        entry("ListUserPolicies", new ListInlinePolicies(backends, USER)),
        entry("ListGroupPolicies", new ListInlinePolicies(backends, GROUP)),
        entry("ListRolePolicies", new ListInlinePolicies(backends, ROLE)),
        entry("ListEntitiesForPolicy", new ListEntitiesForPolicy(backends)),
        entry("ListPoliciesGrantingServiceAccess", new ListPoliciesGrantingServiceAccess(backends)),
        entry("GetAccountAuthorizationDetails", new GetAccountAuthorizationDetails(backends)),
        // OpenID Connect and SAML providers
        entry("CreateOpenIDConnectProvider", new CreateOpenIDConnectProvider(backends)),
        entry("GetOpenIDConnectProvider", new GetOpenIDConnectProvider(backends)),
        entry("ListOpenIDConnectProviders", new ListOpenIDConnectProviders(backends)),
        entry("DeleteOpenIDConnectProvider", new DeleteOpenIDConnectProvider(backends)),
        entry(
            "AddClientIDToOpenIDConnectProvider", new AddClientIDToOpenIDConnectProvider(backends)),
        entry(
            "RemoveClientIDFromOpenIDConnectProvider",
            new RemoveClientIDFromOpenIDConnectProvider(backends)),
        entry(
            "UpdateOpenIDConnectProviderThumbprint",
            new UpdateOpenIDConnectProviderThumbprint(backends)),
        entry("TagOpenIDConnectProvider", new TagOpenIDConnectProvider(backends)),
        entry("UntagOpenIDConnectProvider", new UntagOpenIDConnectProvider(backends)),
        entry("ListOpenIDConnectProviderTags", new ListOpenIDConnectProviderTags(backends)),
        entry("CreateSAMLProvider", new CreateSAMLProvider(backends)),
        entry("GetSAMLProvider", new GetSAMLProvider(backends)),
        entry("ListSAMLProviders", new ListSAMLProviders(backends)),
        entry("UpdateSAMLProvider", new UpdateSAMLProvider(backends)),
        entry("DeleteSAMLProvider", new DeleteSAMLProvider(backends)),
        entry("TagSAMLProvider", new TagSAMLProvider(backends)),
        entry("UntagSAMLProvider", new UntagSAMLProvider(backends)),
        entry("ListSAMLProviderTags", new ListSAMLProviderTags(backends)),
        // account: alias, summary, STS preferences, outbound web identity federation
        entry("CreateAccountAlias", new CreateAccountAlias(backends)),
        entry("DeleteAccountAlias", new DeleteAccountAlias(backends)),
        entry("ListAccountAliases", new ListAccountAliases(backends)),
        entry("GetAccountSummary", new GetAccountSummary(backends)),
        entry(
            "SetSecurityTokenServicePreferences", new SetSecurityTokenServicePreferences(backends)),
        entry(
            "EnableOutboundWebIdentityFederation",
            new EnableOutboundWebIdentityFederation(backends)),
        entry(
            "DisableOutboundWebIdentityFederation",
            new DisableOutboundWebIdentityFederation(backends)),
        entry(
            "GetOutboundWebIdentityFederationInfo",
            new GetOutboundWebIdentityFederationInfo(backends)),
        // reports: credential report, service last accessed
        entry("GenerateCredentialReport", new GenerateCredentialReport(backends)),
        entry("GetCredentialReport", new GetCredentialReport(backends)),
        entry(
            "GenerateServiceLastAccessedDetails", new GenerateServiceLastAccessedDetails(backends)),
        entry("GetServiceLastAccessedDetails", new GetServiceLastAccessedDetails(backends)),
        entry(
            "GetServiceLastAccessedDetailsWithEntities",
            new GetServiceLastAccessedDetailsWithEntities(backends)),
        // organizations (a moto4j account is standalone) and delegation requests (no partners)
        entry("ListOrganizationsFeatures", new StandaloneAccount()),
        entry("EnableOrganizationsRootCredentialsManagement", new StandaloneAccount()),
        entry("DisableOrganizationsRootCredentialsManagement", new StandaloneAccount()),
        entry("EnableOrganizationsRootSessions", new StandaloneAccount()),
        entry("DisableOrganizationsRootSessions", new StandaloneAccount()),
        entry("GenerateOrganizationsAccessReport", new GenerateOrganizationsAccessReport()),
        entry("GetOrganizationsAccessReport", new GetOrganizationsAccessReport()),
        entry("CreateDelegationRequest", new CreateDelegationRequest()),
        entry("GetDelegationRequest", UnknownDelegationRequest.get()),
        entry("AcceptDelegationRequest", UnknownDelegationRequest.change()),
        entry("AssociateDelegationRequest", UnknownDelegationRequest.change()),
        entry("SendDelegationToken", UnknownDelegationRequest.change()),
        entry("RejectDelegationRequest", UnknownDelegationRequest.changeWithNotes()),
        entry("UpdateDelegationRequest", UnknownDelegationRequest.changeWithNotes()),
        entry("ListDelegationRequests", new ListDelegationRequests()),
        entry("GetHumanReadableSummary", new GetHumanReadableSummary()),
        // login profiles and the account password policy (WP-CRED)
        entry("CreateLoginProfile", new CreateLoginProfile(backends)),
        entry("GetLoginProfile", new GetLoginProfile(backends)),
        entry("UpdateLoginProfile", new UpdateLoginProfile(backends)),
        entry("DeleteLoginProfile", new DeleteLoginProfile(backends)),
        entry("ChangePassword", new ChangePassword(backends)),
        entry("UpdateAccountPasswordPolicy", new UpdateAccountPasswordPolicy(backends)),
        entry("GetAccountPasswordPolicy", new GetAccountPasswordPolicy(backends)),
        entry("DeleteAccountPasswordPolicy", new DeleteAccountPasswordPolicy(backends)),
        // MFA and virtual MFA devices (WP-CRED)
        entry("CreateVirtualMFADevice", new CreateVirtualMFADevice(backends)),
        entry("DeleteVirtualMFADevice", new DeleteVirtualMFADevice(backends)),
        entry("ListVirtualMFADevices", new ListVirtualMFADevices(backends)),
        entry("EnableMFADevice", MfaDeviceCodes.enable(backends)),
        entry("DeactivateMFADevice", new DeactivateMFADevice(backends)),
        entry("ResyncMFADevice", MfaDeviceCodes.resync(backends)),
        entry("ListMFADevices", new ListMFADevices(backends)),
        entry("GetMFADevice", new GetMFADevice(backends)),
        entry("TagMFADevice", new TagMFADevice(backends)),
        entry("UntagMFADevice", new UntagMFADevice(backends)),
        entry("ListMFADeviceTags", new ListMFADeviceTags(backends)),
        // SSH public keys (WP-CRED)
        entry("UploadSSHPublicKey", new UploadSSHPublicKey(backends)),
        entry("GetSSHPublicKey", new GetSSHPublicKey(backends)),
        entry("ListSSHPublicKeys", new ListSSHPublicKeys(backends)),
        entry("UpdateSSHPublicKey", new UpdateSSHPublicKey(backends)),
        entry("DeleteSSHPublicKey", new DeleteSSHPublicKey(backends)),
        // server and signing certificates (WP-CRED)
        entry("UploadServerCertificate", new UploadServerCertificate(backends)),
        entry("GetServerCertificate", new GetServerCertificate(backends)),
        entry("ListServerCertificates", new ListServerCertificates(backends)),
        entry("UpdateServerCertificate", new UpdateServerCertificate(backends)),
        entry("DeleteServerCertificate", new DeleteServerCertificate(backends)),
        entry("TagServerCertificate", new TagServerCertificate(backends)),
        entry("UntagServerCertificate", new UntagServerCertificate(backends)),
        entry("ListServerCertificateTags", new ListServerCertificateTags(backends)),
        entry("UploadSigningCertificate", new UploadSigningCertificate(backends)),
        entry("ListSigningCertificates", new ListSigningCertificates(backends)),
        entry("UpdateSigningCertificate", new UpdateSigningCertificate(backends)),
        entry("DeleteSigningCertificate", new DeleteSigningCertificate(backends)),
        // service-specific credentials (WP-CRED)
        entry("CreateServiceSpecificCredential", new CreateServiceSpecificCredential(backends)),
        entry("ListServiceSpecificCredentials", new ListServiceSpecificCredentials(backends)),
        entry("ResetServiceSpecificCredential", new ResetServiceSpecificCredential(backends)),
        entry("UpdateServiceSpecificCredential", new UpdateServiceSpecificCredential(backends)),
        entry("DeleteServiceSpecificCredential", new DeleteServiceSpecificCredential(backends)),
        // policy simulation (WP-SIM)
        entry("SimulateCustomPolicy", new SimulateCustomPolicy()),
        entry("SimulatePrincipalPolicy", new SimulatePrincipalPolicy(backends)),
        entry("GetContextKeysForCustomPolicy", new GetContextKeysForCustomPolicy()),
        entry("GetContextKeysForPrincipalPolicy", new GetContextKeysForPrincipalPolicy(backends)),
        // access keys
        entry("CreateAccessKey", new CreateAccessKey(backends)),
        entry("ListAccessKeys", new ListAccessKeys(backends)),
        entry("UpdateAccessKey", new UpdateAccessKey(backends)),
        entry("DeleteAccessKey", new DeleteAccessKey(backends)),
        entry("GetAccessKeyLastUsed", new GetAccessKeyLastUsed(backends)));
  }
}
