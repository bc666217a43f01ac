package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/** Roles through the real SDK: create, read, list, update, tag, delete, in one account or two. */
class RolesTest extends IamServerTest {

  static final String TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  static final String OTHER_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:root\"},"
          + "\"Action\":\"sts:AssumeRole\"}]}";

  @Test
  void creating_a_role_answers_its_identity_and_url_encoded_trust_policy() {
    Instant before = Instant.now().minusSeconds(1);

    Role role =
        iam.createRole(
                r ->
                    r.roleName("app")
                        .path("/service/")
                        .assumeRolePolicyDocument(TRUST)
                        .description("the app")
                        .tags(tag("team", "blue")))
            .role();

    assertThat(role.path()).isEqualTo("/service/");
    assertThat(role.roleName()).isEqualTo("app");
    assertThat(role.roleId()).startsWith("AROA").hasSize(21);
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/service/app");
    assertThat(role.createDate()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(role.assumeRolePolicyDocument()).startsWith("%7B%22Version%22%3A%222012-10-17%22");
    assertThat(decoded(role)).isEqualTo(TRUST);
    assertThat(role.tags()).containsExactly(tag("team", "blue"));
    // AWS leaves these out of CreateRole's answer; GetRole has them.
    assertThat(role.description()).isNull();
    assertThat(role.maxSessionDuration()).isNull();
    assertThat(role.roleLastUsed()).isNull();
  }

  @Test
  void get_role_answers_every_member_with_an_empty_last_use_until_the_role_is_used() {
    Role created =
        iam.createRole(
                r ->
                    r.roleName("app")
                        .assumeRolePolicyDocument(TRUST)
                        .description("the app")
                        .maxSessionDuration(7200))
            .role();

    Role role = iam.getRole(r -> r.roleName("APP")).role();

    assertThat(role.roleId()).isEqualTo(created.roleId());
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/app");
    assertThat(decoded(role)).isEqualTo(TRUST);
    assertThat(role.description()).isEqualTo("the app");
    assertThat(role.maxSessionDuration()).isEqualTo(7200);
    assertThat(role.roleLastUsed()).isNotNull();
    assertThat(role.roleLastUsed().lastUsedDate()).isNull();
    assertThat(role.roleLastUsed().region()).isNull();
    assertThat(role.hasTags()).isFalse();
  }

  @Test
  void a_role_allows_one_hour_sessions_unless_told_otherwise_and_from_one_to_twelve_hours() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
    assertThat(iam.getRole(r -> r.roleName("app")).role().maxSessionDuration()).isEqualTo(3600);

    assertAwsError(
        () ->
            iam.createRole(
                r -> r.roleName("short").assumeRolePolicyDocument(TRUST).maxSessionDuration(3599)),
        400,
        "ValidationError",
        "1 validation error detected: Value '3599' at 'maxSessionDuration' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 3600");
    assertAwsError(
        () -> iam.updateRole(r -> r.roleName("app").maxSessionDuration(43201)),
        400,
        "ValidationError",
        "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy"
            + " constraint: Member must have value less than or equal to 43200");
    iam.updateRole(r -> r.roleName("app").maxSessionDuration(43200));
    assertThat(iam.getRole(r -> r.roleName("app")).role().maxSessionDuration()).isEqualTo(43200);
  }

  @Test
  void role_names_are_unique_whatever_their_case() {
    iam.createRole(r -> r.roleName("MyRole").assumeRolePolicyDocument(TRUST));

    assertAwsError(
        () -> iam.createRole(r -> r.roleName("MYROLE").assumeRolePolicyDocument(TRUST)),
        409,
        "EntityAlreadyExists",
        "Role with name MYROLE already exists.");
    assertThat(iam.listRoles().roles()).extracting(Role::roleName).containsExactly("MyRole");
  }

  @Test
  void an_unknown_role_is_NoSuchEntity_for_every_operation_naming_it() {
    String message = "The role with name nobody cannot be found.";

    assertAwsError(() -> iam.getRole(r -> r.roleName("nobody")), 404, "NoSuchEntity", message);
    assertAwsError(() -> iam.deleteRole(r -> r.roleName("nobody")), 404, "NoSuchEntity", message);
    assertAwsError(
        () -> iam.updateRole(r -> r.roleName("nobody").description("x")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.updateRoleDescription(r -> r.roleName("nobody").description("x")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.updateAssumeRolePolicy(r -> r.roleName("nobody").policyDocument(TRUST)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.tagRole(r -> r.roleName("nobody").tags(tag("a", "b"))),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.untagRole(r -> r.roleName("nobody").tagKeys("a")), 404, "NoSuchEntity", message);
    assertAwsError(() -> iam.listRoleTags(r -> r.roleName("nobody")), 404, "NoSuchEntity", message);
  }

  @Test
  void a_trust_policy_that_is_no_policy_is_MalformedPolicyDocument_and_creates_nothing() {
    assertAwsError(
        () -> iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument("not json")),
        400,
        "MalformedPolicyDocument",
        "This policy contains invalid Json");
    assertAwsError(
        () ->
            iam.createRole(
                r ->
                    r.roleName("app")
                        .assumeRolePolicyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                                + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}")),
        400,
        "MalformedPolicyDocument",
        "Has prohibited field Resource");
    assertThat(iam.listRoles().roles()).isEmpty();
  }

  @Test
  void updating_the_trust_policy_replaces_it_and_a_bad_one_changes_nothing() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    iam.updateAssumeRolePolicy(r -> r.roleName("app").policyDocument(OTHER_TRUST));
    assertThat(decoded(iam.getRole(r -> r.roleName("app")).role())).isEqualTo(OTHER_TRUST);

    assertAwsError(
        () -> iam.updateAssumeRolePolicy(r -> r.roleName("app").policyDocument("{")),
        400,
        "MalformedPolicyDocument",
        "This policy contains invalid Json");
    assertThat(decoded(iam.getRole(r -> r.roleName("app")).role())).isEqualTo(OTHER_TRUST);
  }

  @Test
  void update_role_sets_the_description_and_session_duration_given_and_keeps_the_rest() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST).description("first"));

    iam.updateRole(r -> r.roleName("app").maxSessionDuration(14400));
    Role afterDuration = iam.getRole(r -> r.roleName("app")).role();
    assertThat(afterDuration.description()).isEqualTo("first");
    assertThat(afterDuration.maxSessionDuration()).isEqualTo(14400);

    iam.updateRole(r -> r.roleName("app").description("second"));
    Role afterDescription = iam.getRole(r -> r.roleName("app")).role();
    assertThat(afterDescription.description()).isEqualTo("second");
    assertThat(afterDescription.maxSessionDuration()).isEqualTo(14400);
  }

  @Test
  void update_role_description_answers_the_role_with_its_new_description() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    Role role = iam.updateRoleDescription(r -> r.roleName("app").description("described")).role();

    assertThat(role.roleName()).isEqualTo("app");
    assertThat(role.description()).isEqualTo("described");
    assertThat(iam.getRole(r -> r.roleName("app")).role().description()).isEqualTo("described");
  }

  @Test
  void listing_roles_pages_by_name_under_a_path_prefix_without_tags_or_last_use() {
    List.of("dave", "alice", "carol", "bob")
        .forEach(
            name ->
                iam.createRole(
                    r ->
                        r.roleName(name)
                            .path(name.equals("dave") ? "/other/" : "/app/")
                            .assumeRolePolicyDocument(TRUST)
                            .description(name)
                            .tags(tag("k", "v"))));

    ListRolesResponse first = iam.listRoles(r -> r.maxItems(2));
    assertThat(first.roles()).extracting(Role::roleName).containsExactly("alice", "bob");
    assertThat(first.isTruncated()).isTrue();
    ListRolesResponse rest = iam.listRoles(r -> r.marker(first.marker()));
    assertThat(rest.roles()).extracting(Role::roleName).containsExactly("carol", "dave");
    assertThat(rest.isTruncated()).isFalse();
    assertThat(iam.listRolesPaginator(r -> r.pathPrefix("/app/").maxItems(1)).roles())
        .extracting(Role::roleName)
        .containsExactly("alice", "bob", "carol");

    Role listed = first.roles().get(0);
    assertThat(listed.description()).isEqualTo("alice");
    assertThat(listed.maxSessionDuration()).isEqualTo(3600);
    assertThat(decoded(listed)).isEqualTo(TRUST);
    assertThat(listed.hasTags()).isFalse();
    assertThat(listed.roleLastUsed()).isNull();
  }

  @Test
  void tagging_a_role_merges_keys_case_insensitively_and_untagging_removes_them() {
    iam.createRole(
        r -> r.roleName("app").assumeRolePolicyDocument(TRUST).tags(tag("Team", "blue")));

    iam.tagRole(r -> r.roleName("app").tags(tag("team", "red"), tag("env", "dev")));
    assertThat(iam.listRoleTags(r -> r.roleName("app")).tags())
        .containsExactly(tag("team", "red"), tag("env", "dev"));
    assertThat(iam.getRole(r -> r.roleName("app")).role().tags())
        .containsExactly(tag("team", "red"), tag("env", "dev"));

    iam.untagRole(r -> r.roleName("app").tagKeys("TEAM", "missing"));
    assertThat(iam.listRoleTags(r -> r.roleName("app")).tags()).containsExactly(tag("env", "dev"));
  }

  @Test
  void a_role_carries_at_most_fifty_tags_and_its_tags_page() {
    iam.createRole(
        r ->
            r.roleName("app")
                .assumeRolePolicyDocument(TRUST)
                .tags(IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList()));

    assertAwsError(
        () -> iam.tagRole(r -> r.roleName("app").tags(tag("one-more", "v"))),
        409,
        "LimitExceeded",
        "Cannot exceed quota for TagsPerRole: 50");
    var first = iam.listRoleTags(r -> r.roleName("app").maxItems(30));
    assertThat(first.tags()).hasSize(30);
    assertThat(first.isTruncated()).isTrue();
    assertThat(iam.listRoleTags(r -> r.roleName("app").marker(first.marker())).tags()).hasSize(20);
  }

  @Test
  void duplicate_tag_keys_in_one_request_are_InvalidInput() {
    assertAwsError(
        () ->
            iam.createRole(
                r ->
                    r.roleName("app")
                        .assumeRolePolicyDocument(TRUST)
                        .tags(tag("env", "a"), tag("Env", "b"))),
        400,
        "InvalidInput",
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    assertThat(iam.listRoles().roles()).isEmpty();
  }

  @Test
  void deleting_a_role_forgets_it_and_frees_its_name() {
    Role first = iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST)).role();

    iam.deleteRole(r -> r.roleName("APP"));

    assertThat(iam.listRoles().roles()).isEmpty();
    Role second = iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST)).role();
    assertThat(second.roleId()).isNotEqualTo(first.roleId());
  }

  @Test
  void roles_of_another_account_are_invisible_and_may_share_names() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    Role theirs = other.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST)).role();

    assertThat(theirs.arn()).isEqualTo("arn:aws:iam::111111111111:role/app");
    assertThat(iam.listRoles().roles()).isEmpty();
    assertAwsError(
        () -> iam.getRole(r -> r.roleName("app")),
        404,
        "NoSuchEntity",
        "The role with name app cannot be found.");
    Role mine = iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(OTHER_TRUST)).role();
    assertThat(mine.arn()).isEqualTo("arn:aws:iam::123456789012:role/app");
    assertThat(decoded(other.getRole(r -> r.roleName("app")).role())).isEqualTo(TRUST);
  }

  @Test
  void a_user_key_of_another_account_creates_and_lists_roles_in_that_account_only() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("deployer"));
    IamClient deployer = signedWith(other.createAccessKey(r -> r.userName("deployer")).accessKey());

    Role role = deployer.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST)).role();

    assertThat(role.arn()).isEqualTo("arn:aws:iam::111111111111:role/app");
    assertThat(other.listRoles().roles()).extracting(Role::roleName).containsExactly("app");
    assertThat(deployer.getRole(r -> r.roleName("app")).role().roleId()).isEqualTo(role.roleId());
    assertThat(iam.listRoles().roles()).isEmpty();
  }

  static String decoded(Role role) {
    return URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8);
  }

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
