package org.moto4j.iam.internal.account;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.accesskey.AccessKeys;
import org.moto4j.iam.internal.certificate.ServerCertificates;
import org.moto4j.iam.internal.certificate.SigningCertificates;
import org.moto4j.iam.internal.group.Groups;
import org.moto4j.iam.internal.mfa.MfaDevice;
import org.moto4j.iam.internal.mfa.VirtualMfaDevice;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.policy.Policies;
import org.moto4j.iam.internal.policy.PolicyHolderKind;

/**
 * Computes {@code GetAccountSummary}'s map: the counts of the account's entities and AWS's default
 * quotas, under every key of the model's {@code summaryKeyType}, in the order AWS lists them. The
 * quotas are AWS's defaults (the ones moto4j enforces come from the stores that enforce them).
 */
final class AccountSummary {

  private AccountSummary() {}

  static Map<String, Integer> of(IamBackend iam) {
    String root = iam.account().value();
    int customerPolicies = 0;
    int policyVersions = 0;
    for (ManagedPolicy policy : iam.policies().all()) {
      if (!policy.awsManaged()) {
        customerPolicies++;
        policyVersions += policy.versions().size();
      }
    }
    Set<String> mfaDevices = new HashSet<>();
    iam.mfaDevices().allVirtual().stream()
        .map(VirtualMfaDevice::serialNumber)
        .forEach(mfaDevices::add);
    iam.mfaDevices().allEnabled().stream().map(MfaDevice::serialNumber).forEach(mfaDevices::add);

    Map<String, Integer> summary = new LinkedHashMap<>();
    summary.put("GroupPolicySizeQuota", 5120);
    summary.put("InstanceProfilesQuota", 1000);
    summary.put("Policies", customerPolicies);
    summary.put("GroupsPerUserQuota", Groups.MAX_PER_USER);
    summary.put("InstanceProfiles", iam.instanceProfiles().all().size());
    summary.put("AttachedPoliciesPerUserQuota", PolicyHolderKind.MAX_ATTACHED);
    summary.put("Users", iam.users().all().size());
    summary.put("PoliciesQuota", 1500);
    summary.put("Providers", iam.openIdConnectProviders().size() + iam.samlProviders().size());
    summary.put("AccountMFAEnabled", flag(!iam.mfaDevices().enabledFor(root).isEmpty()));
    summary.put("AccessKeysPerUserQuota", AccessKeys.MAX_PER_OWNER);
    summary.put("AssumeRolePolicySizeQuota", 2048);
    summary.put("PolicyVersionsInUseQuota", 10000);
    summary.put("GlobalEndpointTokenVersion", tokenVersion(iam));
    summary.put("VersionsPerPolicyQuota", Policies.MAX_VERSIONS);
    summary.put("AttachedPoliciesPerGroupQuota", PolicyHolderKind.MAX_ATTACHED);
    summary.put("PolicySizeQuota", 6144);
    summary.put("Groups", iam.groups().all().size());
    summary.put(
        "AccountSigningCertificatesPresent",
        flag(!iam.signingCertificates().ownedBy(root).isEmpty()));
    summary.put("UsersQuota", 5000);
    summary.put("ServerCertificatesQuota", ServerCertificates.MAX_PER_ACCOUNT);
    summary.put("MFADevices", mfaDevices.size());
    summary.put("UserPolicySizeQuota", 2048);
    summary.put("PolicyVersionsInUse", policyVersions);
    summary.put("ServerCertificates", iam.serverCertificates().all().size());
    summary.put("Roles", iam.roles().all().size());
    summary.put("RolesQuota", 1000);
    summary.put("SigningCertificatesPerUserQuota", SigningCertificates.MAX_PER_USER);
    summary.put("MFADevicesInUse", iam.mfaDevices().allEnabled().size());
    summary.put("RolePolicySizeQuota", 10240);
    summary.put("AttachedPoliciesPerRoleQuota", PolicyHolderKind.MAX_ATTACHED);
    summary.put("AccountAccessKeysPresent", flag(!iam.accessKeys().ownedBy(root).isEmpty()));
    summary.put("AccountPasswordPresent", 0);
    summary.put("GroupsQuota", 300);
    return summary;
  }

  private static int flag(boolean present) {
    return present ? 1 : 0;
  }

  private static int tokenVersion(IamBackend iam) {
    return iam.settings().globalEndpointTokenVersion().equals("v2Token") ? 2 : 1;
  }
}
