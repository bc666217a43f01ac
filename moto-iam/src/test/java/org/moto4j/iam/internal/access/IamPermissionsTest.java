package org.moto4j.iam.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountContext;
import org.moto4j.core.AccountId;
import org.moto4j.core.Moto;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.testing.SdkRequests;
import org.moto4j.servlet.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * IAM's permission mapping: every operation of the model mapped to a resource its request can name,
 * and the special cases (paths IAM holds, the caller's own user, boundaries, tags, listings)
 * checked on the requests the AWS SDK builds.
 */
class IamPermissionsTest {

  private static final String ACCOUNT = "123456789012";
  private static final String ANOTHER_ACCOUNT = "111111111111";
  private static final String BOUNDARY = "arn:aws:iam::aws:policy/PowerUserAccess";

  private static MotoServer server;
  private static IamPermissions permissions;
  private static IamClient capturing;
  private static final SdkRequests requests = new SdkRequests();

  @BeforeAll
  static void start() {
    server =
        MotoServer.builder()
            .port(0)
            .moto(Moto.builder().config(new MotoConfig(Map.of())).build())
            .build()
            .start();
    permissions = server.moto().injector().getInstance(IamPermissions.class);
    capturing = client(requests);
    try (IamClient iam = client(null)) {
      iam.createUser(
          b ->
              b.userName("alice")
                  .path("/staff/")
                  .permissionsBoundary(BOUNDARY)
                  .tags(t -> t.key("team").value("blue")));
      iam.createRole(
          b ->
              b.roleName("deployer")
                  .path("/ci/")
                  .assumeRolePolicyDocument(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}")
                  .permissionsBoundary(BOUNDARY)
                  .tags(t -> t.key("stage").value("prod")));
      iam.createGroup(b -> b.groupName("admins").path("/ops/"));
    }
  }

  @AfterAll
  static void stop() {
    capturing.close();
    server.close();
  }

  private static IamClient client(SdkRequests interceptor) {
    return IamClient.builder()
        .region(Region.AWS_GLOBAL)
        .endpointOverride(server.endpoint())
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(
            o -> {
              if (interceptor != null) {
                o.addExecutionInterceptor(interceptor);
              }
            })
        .build();
  }

  private static List<RequiredPermission> of(Consumer<IamClient> call) {
    return of(ACCOUNT, call);
  }

  private static List<RequiredPermission> of(String account, Consumer<IamClient> call) {
    MotoRequest request = requests.of(capturing, call);
    return permissions.permissionsOf(
        request,
        new AccountContext(
            AccountId.of(account), "us-east-1", "request", "AKIAIOSFODNN7EXAMPLE", null));
  }

  private static List<RequiredPermission> ofForm(String form) {
    MotoRequest request =
        MotoRequest.builder("POST", "/")
            .header("Host", "iam.amazonaws.com")
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .body(form)
            .build();
    return permissions.permissionsOf(
        request, new AccountContext(AccountId.of(ACCOUNT), "us-east-1", "request", null, null));
  }

  @Test
  void every_operation_of_the_model_has_a_permission() throws IOException {
    JsonNode operations = model().get("operations");
    Set<String> unmapped = new TreeSet<>();
    operations
        .fieldNames()
        .forEachRemaining(
            operation -> {
              if (permissions.table().rowsOf(operation).isEmpty()) {
                unmapped.add(operation);
              }
            });
    assertThat(unmapped).as("operations without a row in permissions.tsv").isEmpty();
    assertThat(operations.size()).isEqualTo(176);
  }

  /** A request with every member of its input set maps to iam:<Operation> on a resource. */
  @Test
  void a_request_of_every_operation_names_its_action_and_a_resource() throws IOException {
    JsonNode model = model();
    List<String> problems = new ArrayList<>();
    model
        .get("operations")
        .fields()
        .forEachRemaining(
            entry -> {
              String operation = entry.getKey();
              StringBuilder form = new StringBuilder("Action=" + operation + "&Version=2010-05-08");
              JsonNode input = entry.getValue().path("input").path("shape");
              if (!input.isMissingNode()) {
                model
                    .get("shapes")
                    .get(input.asText())
                    .get("members")
                    .fieldNames()
                    .forEachRemaining(
                        member ->
                            form.append('&').append(member).append("=").append(value(member)));
              }
              List<RequiredPermission> needed = ofForm(form.toString());
              if (needed.isEmpty()
                  || !needed.get(0).action().equals("iam:" + operation)
                  || !needed
                      .get(0)
                      .resource()
                      .matches("\\*|policy path /.*|arn:aws:iam::\\d{12}:.+")) {
                problems.add(operation + " -> " + needed);
              }
            });
    assertThat(problems).isEmpty();
  }

  private static String value(String member) {
    if (member.endsWith("Arn") || member.equals("SerialNumber")) {
      return "arn:aws:iam::" + ACCOUNT + ":thing/x";
    }
    return switch (member) {
      case "Path", "PathPrefix", "NewPath" -> "/";
      case "Url" -> "https://example.com";
      case "AWSServiceName" -> "elasticbeanstalk.amazonaws.com";
      case "DeletionTaskId" -> "task/aws-service-role/s.amazonaws.com/R/0a1b";
      default -> "x";
    };
  }

  private static JsonNode model() throws IOException {
    return new ObjectMapper()
        .readTree(
            Path.of(System.getProperty("moto.root"), "aws-models", "iam", "service-2.json")
                .toFile());
  }

  @Test
  void creating_a_user_needs_CreateUser_on_its_arn_with_its_boundary_and_request_tags() {
    List<RequiredPermission> needed =
        of(
            iam ->
                iam.createUser(
                    b ->
                        b.userName("bob")
                            .path("/staff/")
                            .permissionsBoundary(BOUNDARY)
                            .tags(t -> t.key("team").value("red"), t -> t.key("cost").value("1"))));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("iam:CreateUser", "arn:aws:iam::123456789012:user/staff/bob"));
    assertThat(needed.get(0).context())
        .containsEntry("iam:PermissionsBoundary", ContextValue.string(BOUNDARY))
        .containsEntry("aws:RequestTag/team", ContextValue.string("red"))
        .containsEntry("aws:TagKeys", ContextValue.strings(List.of("team", "cost")));
    assertThat(needed.get(0).resourceAccount()).isNull();
  }

  @Test
  void a_user_named_by_name_is_found_at_the_path_iam_holds_with_its_tags() {
    List<RequiredPermission> needed = of(iam -> iam.getUser(b -> b.userName("alice")));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("iam:GetUser", "arn:aws:iam::123456789012:user/staff/alice"));
    assertThat(needed.get(0).context())
        .containsEntry("aws:ResourceTag/team", ContextValue.string("blue"));
  }

  @Test
  void a_user_that_does_not_exist_is_named_at_the_root_path() {
    assertThat(of(iam -> iam.deleteUser(b -> b.userName("ghost"))))
        .extracting(RequiredPermission::resource)
        .containsExactly("arn:aws:iam::123456789012:user/ghost");
  }

  @Test
  void an_operation_without_a_user_name_acts_on_the_caller() {
    assertThat(of(IamClient::createAccessKey))
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(tuple("iam:CreateAccessKey", "arn:aws:iam::123456789012:root"));
  }

  @Test
  void attaching_a_role_policy_carries_the_policy_arn_and_the_roles_boundary() {
    String policy = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    List<RequiredPermission> needed =
        of(iam -> iam.attachRolePolicy(b -> b.roleName("deployer").policyArn(policy)));

    assertThat(needed)
        .extracting(RequiredPermission::action, RequiredPermission::resource)
        .containsExactly(
            tuple("iam:AttachRolePolicy", "arn:aws:iam::123456789012:role/ci/deployer"));
    assertThat(needed.get(0).context())
        .containsEntry("iam:PolicyARN", ContextValue.string(policy))
        .containsEntry("iam:PermissionsBoundary", ContextValue.string(BOUNDARY))
        .containsEntry("aws:ResourceTag/stage", ContextValue.string("prod"));
  }

  @Test
  void groups_and_policies_are_named_by_their_arns() {
    assertThat(of(iam -> iam.getGroup(b -> b.groupName("admins"))))
        .extracting(RequiredPermission::resource)
        .containsExactly("arn:aws:iam::123456789012:group/ops/admins");
    assertThat(
            of(iam -> iam.createPolicy(b -> b.policyName("p").path("/app/").policyDocument("{}"))))
        .extracting(RequiredPermission::resource)
        .containsExactly("arn:aws:iam::123456789012:policy/app/p");
    assertThat(of(iam -> iam.getPolicy(b -> b.policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"))))
        .extracting(RequiredPermission::resource)
        .containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
  }

  @Test
  void listings_are_judged_on_the_path_they_list_as_aws_names_it() {
    Map<String, Consumer<IamClient>> calls = new LinkedHashMap<>();
    calls.put("arn:aws:iam::123456789012:user/", IamClient::listUsers);
    calls.put(
        "arn:aws:iam::123456789012:user/staff/",
        iam -> iam.listUsers(b -> b.pathPrefix("/staff/")));
    calls.put("arn:aws:iam::123456789012:role/", IamClient::listRoles);
    calls.put("arn:aws:iam::123456789012:group/", IamClient::listGroups);
    calls.put("arn:aws:iam::123456789012:instance-profile/", IamClient::listInstanceProfiles);
    calls.put("policy path /", IamClient::listPolicies);
    calls.put("*", IamClient::getAccountSummary);

    calls.forEach(
        (resource, call) ->
            assertThat(of(call))
                .extracting(RequiredPermission::resource)
                .containsExactly(resource));
  }

  @Test
  void tagging_carries_the_request_tags_and_untagging_the_tag_keys() {
    assertThat(
            of(iam -> iam.tagUser(b -> b.userName("alice").tags(t -> t.key("k").value("v"))))
                .get(0)
                .context())
        .containsEntry("aws:RequestTag/k", ContextValue.string("v"))
        .containsEntry("aws:TagKeys", ContextValue.strings(List.of("k")))
        .containsEntry("aws:ResourceTag/team", ContextValue.string("blue"));
    assertThat(
            of(iam -> iam.untagRole(b -> b.roleName("deployer").tagKeys("stage", "x")))
                .get(0)
                .context())
        .containsEntry("aws:TagKeys", ContextValue.strings(List.of("stage", "x")));
  }

  @Test
  void creating_a_service_linked_role_names_its_role_and_service() {
    List<RequiredPermission> needed =
        of(
            iam ->
                iam.createServiceLinkedRole(
                    b -> b.awsServiceName("elasticbeanstalk.amazonaws.com")));
    assertThat(needed)
        .extracting(RequiredPermission::resource)
        .containsExactly(
            "arn:aws:iam::123456789012:role/aws-service-role/elasticbeanstalk.amazonaws.com/"
                + "AWSServiceRoleForElasticBeanstalk");
    assertThat(needed.get(0).context())
        .containsEntry("iam:AWSServiceName", ContextValue.string("elasticbeanstalk.amazonaws.com"));
  }

  @Test
  void in_another_account_the_resources_are_that_accounts() {
    assertThat(of(ANOTHER_ACCOUNT, iam -> iam.getRole(b -> b.roleName("deployer"))))
        .extracting(RequiredPermission::resource)
        .containsExactly("arn:aws:iam::111111111111:role/deployer");
  }

  @Test
  void a_request_missing_the_member_naming_its_resource_is_left_to_the_operations_validation() {
    assertThat(ofForm("Action=DeleteUser&Version=2010-05-08")).isEmpty();
    assertThat(ofForm("Action=NoSuchThing&Version=2010-05-08")).isEmpty();
  }
}
