package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetOutboundWebIdentityFederationInfoResponse;
import software.amazon.awssdk.services.iam.model.GlobalEndpointTokenVersion;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;

/**
 * Account-wide IAM through the real SDK: the account alias, GetAccountSummary, STS preferences and
 * outbound web identity federation.
 */
class AccountTest extends IamServerTest {

  @Test
  void an_account_has_one_alias_and_a_new_one_replaces_it() {
    iam.createAccountAlias(r -> r.accountAlias("my-company"));
    assertThat(iam.listAccountAliases().accountAliases()).containsExactly("my-company");
    assertAwsError(
        () -> iam.createAccountAlias(r -> r.accountAlias("my-company")),
        409,
        "EntityAlreadyExists",
        "The account alias my-company already exists.");

    iam.createAccountAlias(r -> r.accountAlias("my-new-name"));
    assertThat(iam.listAccountAliases().accountAliases()).containsExactly("my-new-name");
    inAccount(OTHER_ACCOUNT).createAccountAlias(r -> r.accountAlias("my-company"));

    iam.deleteAccountAlias(r -> r.accountAlias("my-new-name"));
    assertThat(iam.listAccountAliases().accountAliases()).isEmpty();
    assertThat(iam.listAccountAliases().isTruncated()).isFalse();
  }

  @Test
  void aliases_are_unique_across_accounts_like_bucket_names() {
    iam.createAccountAlias(r -> r.accountAlias("my-company"));
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertAwsError(
        () -> other.createAccountAlias(r -> r.accountAlias("my-company")),
        409,
        "EntityAlreadyExists",
        "The account alias my-company already exists.");
    assertThat(other.listAccountAliases().accountAliases()).isEmpty();
    assertAwsError(
        () -> other.deleteAccountAlias(r -> r.accountAlias("my-company")),
        404,
        "NoSuchEntity",
        "The account alias my-company cannot be found.");

    iam.deleteAccountAlias(r -> r.accountAlias("my-company"));
    other.createAccountAlias(r -> r.accountAlias("my-company"));
    assertThat(other.listAccountAliases().accountAliases()).containsExactly("my-company");
  }

  @Test
  void resetting_an_account_frees_its_alias() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createAccountAlias(r -> r.accountAlias("my-company"));

    server.moto().reset(AccountId.of(OTHER_ACCOUNT));

    iam.createAccountAlias(r -> r.accountAlias("my-company"));
    assertThat(iam.listAccountAliases().accountAliases()).containsExactly("my-company");
  }

  @Test
  void an_alias_follows_the_models_pattern() {
    for (String bad : new String[] {"My-Company", "-abc", "ab--cd", "abc-"}) {
      assertAwsError(
          () -> iam.createAccountAlias(r -> r.accountAlias(bad)),
          400,
          "ValidationError",
          "1 validation error detected: Value '"
              + bad
              + "' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");
    }
    assertAwsError(
        () -> iam.createAccountAlias(r -> r.accountAlias("ab")),
        400,
        "ValidationError",
        "2 validation errors detected: Value 'ab' at 'accountAlias' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 3; Value 'ab' at 'accountAlias'"
            + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
            + " ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");
    assertAwsError(
        () -> iam.deleteAccountAlias(r -> r.accountAlias("not-mine")),
        404,
        "NoSuchEntity",
        "The account alias not-mine cannot be found.");
  }

  @Test
  void the_account_summary_counts_the_accounts_entities_and_states_awss_quotas() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    iam.createOpenIDConnectProvider(r -> r.url("https://example.com"));

    Map<SummaryKeyType, Integer> summary = iam.getAccountSummary().summaryMap();

    assertThat(summary).containsKeys(SummaryKeyType.knownValues().toArray(SummaryKeyType[]::new));
    assertThat(summary)
        .containsEntry(SummaryKeyType.USERS, 2)
        .containsEntry(SummaryKeyType.USERS_QUOTA, 5000)
        .containsEntry(SummaryKeyType.GROUPS_QUOTA, 300)
        .containsEntry(SummaryKeyType.ROLES_QUOTA, 1000)
        .containsEntry(SummaryKeyType.POLICIES_QUOTA, 1500)
        .containsEntry(SummaryKeyType.ACCESS_KEYS_PER_USER_QUOTA, 2)
        .containsEntry(SummaryKeyType.PROVIDERS, 1)
        .containsEntry(SummaryKeyType.ACCOUNT_MFA_ENABLED, 0)
        .containsEntry(SummaryKeyType.GLOBAL_ENDPOINT_TOKEN_VERSION, 1);
    assertThat(inAccount(OTHER_ACCOUNT).getAccountSummary().summaryMap())
        .containsEntry(SummaryKeyType.USERS, 0)
        .containsEntry(SummaryKeyType.PROVIDERS, 0);
  }

  @Test
  void the_summary_counts_groups_roles_customer_policies_and_their_versions() {
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
            + "{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    iam.createGroup(r -> r.groupName("devs"));
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(trust));
    String arn =
        iam.createPolicy(r -> r.policyName("read").policyDocument(document)).policy().arn();
    iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(document));
    iam.createInstanceProfile(r -> r.instanceProfileName("app"));

    Map<SummaryKeyType, Integer> summary = iam.getAccountSummary().summaryMap();

    assertThat(summary)
        .containsEntry(SummaryKeyType.GROUPS, 1)
        .containsEntry(SummaryKeyType.ROLES, 1)
        .containsEntry(SummaryKeyType.POLICIES, 1)
        .containsEntry(SummaryKeyType.POLICY_VERSIONS_IN_USE, 2)
        .containsEntry(SummaryKeyType.INSTANCE_PROFILES, 1)
        .containsEntry(SummaryKeyType.MFA_DEVICES, 0);
    assertThat(summary).hasSize(SummaryKeyType.knownValues().size());
  }

  @Test
  void root_access_keys_show_in_the_summary() {
    assertThat(iam.getAccountSummary().summaryMap())
        .containsEntry(SummaryKeyType.ACCOUNT_ACCESS_KEYS_PRESENT, 0);

    iam.createAccessKey();

    assertThat(iam.getAccountSummary().summaryMap())
        .containsEntry(SummaryKeyType.ACCOUNT_ACCESS_KEYS_PRESENT, 1);
  }

  @Test
  void the_sts_token_version_is_set_per_account() {
    iam.setSecurityTokenServicePreferences(
        r -> r.globalEndpointTokenVersion(GlobalEndpointTokenVersion.V2_TOKEN));

    assertThat(iam.getAccountSummary().summaryMap())
        .containsEntry(SummaryKeyType.GLOBAL_ENDPOINT_TOKEN_VERSION, 2);
    assertThat(inAccount(OTHER_ACCOUNT).getAccountSummary().summaryMap())
        .containsEntry(SummaryKeyType.GLOBAL_ENDPOINT_TOKEN_VERSION, 1);
    assertAwsError(
        () -> iam.setSecurityTokenServicePreferences(r -> r.globalEndpointTokenVersion("v3Token")),
        400,
        "ValidationError",
        "1 validation error detected: Value 'v3Token' at 'globalEndpointTokenVersion' failed to"
            + " satisfy constraint: Member must satisfy enum value set: [v1Token, v2Token]");
  }

  @Test
  void outbound_federation_is_enabled_once_and_keeps_its_issuer() {
    assertAwsError(
        () -> iam.getOutboundWebIdentityFederationInfo(r -> {}),
        404,
        "FeatureDisabled",
        "Outbound identity federation is disabled for your Amazon Web Services account.");

    String issuer = iam.enableOutboundWebIdentityFederation(r -> {}).issuerIdentifier();
    assertThat(issuer).matches("https://[0-9a-f-]{36}\\.tokens\\.sts\\.global\\.api\\.aws");
    assertAwsError(
        () -> iam.enableOutboundWebIdentityFederation(r -> {}),
        409,
        "FeatureEnabled",
        "Outbound identity federation is already enabled for your Amazon Web Services account.");
    GetOutboundWebIdentityFederationInfoResponse info =
        iam.getOutboundWebIdentityFederationInfo(r -> {});
    assertThat(info.issuerIdentifier()).isEqualTo(issuer);
    assertThat(info.jwtVendingEnabled()).isTrue();

    iam.disableOutboundWebIdentityFederation(r -> {});
    assertThat(iam.getOutboundWebIdentityFederationInfo(r -> {}).jwtVendingEnabled()).isFalse();
    assertAwsError(
        () -> iam.disableOutboundWebIdentityFederation(r -> {}),
        404,
        "FeatureDisabled",
        "Outbound identity federation is disabled for your Amazon Web Services account.");
    assertThat(iam.enableOutboundWebIdentityFederation(r -> {}).issuerIdentifier())
        .isEqualTo(issuer);
    assertAwsError(
        () -> inAccount(OTHER_ACCOUNT).getOutboundWebIdentityFederationInfo(r -> {}),
        404,
        "FeatureDisabled",
        "Outbound identity federation is disabled for your Amazon Web Services account.");
  }
}
