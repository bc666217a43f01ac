package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * IAM's part of {@code GET /moto-api/data.json}: every entity kind, per account, with its links.
 */
class IamDataJsonTest extends IamServerTest {

  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
          + "\"Resource\":\"*\"}]}";

  @Test
  void lists_groups_roles_profiles_and_own_policies_with_their_links_in_their_account_only()
      throws Exception {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("alice"));
    other.createGroup(r -> r.groupName("devs"));
    other.addUserToGroup(r -> r.groupName("devs").userName("alice"));
    String arn =
        other.createPolicy(r -> r.policyName("s3-all").policyDocument(POLICY)).policy().arn();
    other.attachGroupPolicy(r -> r.groupName("devs").policyArn(arn));
    other.putUserPolicy(r -> r.userName("alice").policyName("inline").policyDocument(POLICY));
    other.createRole(r -> r.roleName("app").assumeRolePolicyDocument(RolesTest.TRUST));
    other.createInstanceProfile(r -> r.instanceProfileName("web"));
    other.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));
    iam.createUser(r -> r.userName("bob"));

    JsonNode data = dataJson().path("iam");

    JsonNode group = only(data.path("Group"), OTHER_ACCOUNT);
    assertThat(group.path("name").asText()).isEqualTo("devs");
    assertThat(texts(group.path("users"))).containsExactly("alice");
    assertThat(texts(group.path("attached_policies"))).containsExactly(arn);
    JsonNode alice = only(data.path("User"), OTHER_ACCOUNT);
    assertThat(texts(alice.path("groups"))).containsExactly("devs");
    assertThat(texts(alice.path("inline_policies"))).containsExactly("inline");
    JsonNode policy = only(data.path("ManagedPolicy"), OTHER_ACCOUNT);
    assertThat(policy.path("arn").asText()).isEqualTo(arn);
    assertThat(policy.path("attachment_count").asInt()).isEqualTo(1);
    assertThat(texts(only(data.path("InstanceProfile"), OTHER_ACCOUNT).path("roles")))
        .containsExactly("app");
    // AWS's managed policies are in every account: listing them would bury the account's own
    assertThat(data.path("ManagedPolicy")).hasSize(1);
    assertThat(only(data.path("User"), DEFAULT_ACCOUNT).path("name").asText()).isEqualTo("bob");
  }

  private static JsonNode dataJson() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/moto-api/data.json"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  /** The one instance of a model in {@code account}. */
  private static JsonNode only(JsonNode instances, String account) {
    List<JsonNode> inAccount = new ArrayList<>();
    instances.forEach(
        instance -> {
          if (instance.path("account_id").asText().equals(account)) {
            inAccount.add(instance);
          }
        });
    assertThat(inAccount).hasSize(1);
    return inAccount.get(0);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
