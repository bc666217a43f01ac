package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.testing.SdkRequests;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * STS's permission mapping, on the requests the AWS SDK builds (captured before they are sent, so
 * no server is needed): every operation of the model mapped, and each special case.
 */
class StsPermissionsTest {

  private static final String ROLE = "arn:aws:iam::111111111111:role/ops/deployer";
  private static final StsPermissions permissions = new StsPermissions();
  private static final SdkRequests requests = new SdkRequests();
  private static StsClient capturing;

  @BeforeAll
  static void client() {
    capturing =
        StsClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://localhost:1"))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
            .overrideConfiguration(o -> o.addExecutionInterceptor(requests))
            .build();
  }

  @AfterAll
  static void close() {
    capturing.close();
  }

  private static List<RequiredPermission> of(Consumer<StsClient> call) {
    return permissions.permissionsOf(
        requests.of(capturing, call),
        new AccountContext(
            AccountId.of("123456789012"), "us-east-1", "request", "AKIAIOSFODNN7EXAMPLE", null));
  }

  @Test
  void every_operation_of_the_model_has_a_row() throws IOException {
    JsonNode operations =
        new ObjectMapper()
            .readTree(
                Path.of(System.getProperty("moto.root"), "aws-models", "sts", "service-2.json")
                    .toFile())
            .get("operations");
    Set<String> unmapped = new TreeSet<>();
    operations
        .fieldNames()
        .forEachRemaining(
            operation -> {
              if (!permissions.operations().contains(operation)) {
                unmapped.add(operation);
              }
            });
    assertThat(unmapped).as("operations without a row in permissions.tsv").isEmpty();
    assertThat(operations.size()).isEqualTo(11);
  }

  @Test
  void assuming_a_role_needs_AssumeRole_on_it_in_its_own_account() {
    List<RequiredPermission> needed =
        of(sts -> sts.assumeRole(b -> b.roleArn(ROLE).roleSessionName("s1").externalId("ext-9")));

    assertThat(needed)
        .extracting(
            RequiredPermission::action,
            RequiredPermission::resource,
            RequiredPermission::resourceAccount)
        .containsExactly(tuple("sts:AssumeRole", ROLE, AccountId.of("111111111111")));
    assertThat(needed.get(0).context())
        .containsEntry("sts:ExternalId", ContextValue.string("ext-9"))
        .containsEntry("sts:RoleSessionName", ContextValue.string("s1"))
        .doesNotContainKey("aws:TagKeys");
  }

  @Test
  void passing_tags_and_a_source_identity_also_needs_TagSession_and_SetSourceIdentity() {
    List<RequiredPermission> needed =
        of(
            sts ->
                sts.assumeRole(
                    b ->
                        b.roleArn(ROLE)
                            .roleSessionName("s1")
                            .sourceIdentity("alice")
                            .tags(t -> t.key("team").value("blue"), t -> t.key("cost").value("7"))
                            .transitiveTagKeys("team")));

    assertThat(needed)
        .extracting(RequiredPermission::action)
        .containsExactly("sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity");
    assertThat(needed.get(1).context())
        .containsEntry("aws:RequestTag/team", ContextValue.string("blue"))
        .containsEntry("aws:TagKeys", ContextValue.strings(List.of("team", "cost")))
        .containsEntry("sts:TransitiveTagKeys", ContextValue.strings(List.of("team")));
    assertThat(needed.get(2).context())
        .containsEntry("sts:SourceIdentity", ContextValue.string("alice"));
  }

  @Test
  void a_web_identity_caller_is_judged_by_the_roles_trust_policy_with_the_tokens_keys() {
    String token =
        jwt("{\"iss\":\"https://accounts.google.com\",\"aud\":\"my-app\",\"sub\":\"12345\"}");
    List<RequiredPermission> needed =
        of(
            sts ->
                sts.assumeRoleWithWebIdentity(
                    b -> b.roleArn(ROLE).roleSessionName("web").webIdentityToken(token)));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("sts:AssumeRoleWithWebIdentity", ROLE));
    assertThat(needed.get(0).context())
        .containsEntry("accounts.google.com:aud", ContextValue.string("my-app"))
        .containsEntry("accounts.google.com:sub", ContextValue.string("12345"))
        .containsEntry("sts:RoleSessionName", ContextValue.string("web"));
  }

  @Test
  void a_saml_caller_is_judged_by_the_roles_trust_policy_with_the_assertions_keys() {
    String assertion =
        Base64.getEncoder()
            .encodeToString(
                SamlAssertions.response("alice@example.com", "alice")
                    .getBytes(StandardCharsets.UTF_8));
    List<RequiredPermission> needed =
        of(
            sts ->
                sts.assumeRoleWithSAML(
                    b ->
                        b.roleArn(ROLE)
                            .principalArn("arn:aws:iam::111111111111:saml-provider/idp")
                            .samlAssertion(assertion)));

    assertThat(needed)
        .extracting(RequiredPermission::action)
        .containsExactly("sts:AssumeRoleWithSAML");
    assertThat(needed.get(0).context())
        .containsEntry("saml:iss", ContextValue.string(SamlAssertions.ISSUER))
        .containsEntry("saml:sub", ContextValue.string("alice@example.com"))
        .containsEntry("saml:sub_type", ContextValue.string("persistent"))
        .containsEntry("saml:aud", ContextValue.string("https://signin.aws.amazon.com/saml"));
  }

  @Test
  void a_federation_token_needs_GetFederationToken_on_the_federated_user() {
    assertThat(of(sts -> sts.getFederationToken(b -> b.name("bob"))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(
            tuple("sts:GetFederationToken", "arn:aws:sts::123456789012:federated-user/bob"));
    assertThat(
            of(sts -> sts.getFederationToken(b -> b.name("bob").tags(t -> t.key("k").value("v")))))
        .extracting(RequiredPermission::action)
        .containsExactly("sts:GetFederationToken", "sts:TagSession");
  }

  @Test
  void a_session_token_needs_no_permission() {
    assertThat(of(StsClient::getSessionToken)).isEmpty();
  }

  @Test
  void the_callers_identity_is_asked_as_GetCallerIdentity() {
    assertThat(of(StsClient::getCallerIdentity))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("sts:GetCallerIdentity", "*"));
  }

  @Test
  void assuming_root_needs_AssumeRoot_on_the_member_accounts_root() {
    List<RequiredPermission> needed =
        of(
            sts ->
                sts.assumeRoot(
                    b ->
                        b.targetPrincipal("111111111111")
                            .taskPolicyArn(
                                p ->
                                    p.arn(
                                        "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy"))));

    assertThat(needed)
        .extracting(
            RequiredPermission::action,
            RequiredPermission::resource,
            RequiredPermission::resourceAccount)
        .containsExactly(
            tuple(
                "sts:AssumeRoot", "arn:aws:iam::111111111111:root", AccountId.of("111111111111")));
    assertThat(needed.get(0).context())
        .containsEntry(
            "sts:TaskPolicyArn",
            ContextValue.string("arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy"));
  }

  @Test
  void the_remaining_operations_need_their_action_on_everything() {
    assertThat(of(sts -> sts.decodeAuthorizationMessage(b -> b.encodedMessage("m"))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("sts:DecodeAuthorizationMessage", "*"));
    assertThat(of(sts -> sts.getAccessKeyInfo(b -> b.accessKeyId("AKIAIOSFODNN7EXAMPLE"))))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("sts:GetAccessKeyInfo", "*"));
  }

  private static String jwt(String claims) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    return url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".sig";
  }
}
