package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moto4j.iam.RolesTest.TRUST;
import static org.moto4j.iam.RolesTest.tag;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Role;

/** Instance profiles and the role each holds, through the real SDK, in one account or two. */
class InstanceProfilesTest extends IamServerTest {

  @Test
  void creating_an_instance_profile_answers_its_identity_and_no_role() {
    Instant before = Instant.now().minusSeconds(1);

    InstanceProfile profile =
        iam.createInstanceProfile(r -> r.instanceProfileName("web").path("/apps/"))
            .instanceProfile();

    assertThat(profile.path()).isEqualTo("/apps/");
    assertThat(profile.instanceProfileName()).isEqualTo("web");
    assertThat(profile.instanceProfileId()).startsWith("AIPA").hasSize(21);
    assertThat(profile.arn()).isEqualTo("arn:aws:iam::123456789012:instance-profile/apps/web");
    assertThat(profile.createDate()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(profile.roles()).isEmpty();
    assertThat(iam.getInstanceProfile(r -> r.instanceProfileName("WEB")).instanceProfile())
        .isEqualTo(profile.toBuilder().tags(List.of()).build());
  }

  @Test
  void instance_profile_names_are_unique_whatever_their_case() {
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));

    assertAwsError(
        () -> iam.createInstanceProfile(r -> r.instanceProfileName("Web")),
        409,
        "EntityAlreadyExists",
        "Instance Profile Web already exists.");
  }

  @Test
  void an_unknown_instance_profile_is_NoSuchEntity_for_every_operation_naming_it() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
    String message = "Instance Profile nobody cannot be found.";

    assertAwsError(
        () -> iam.getInstanceProfile(r -> r.instanceProfileName("nobody")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.deleteInstanceProfile(r -> r.instanceProfileName("nobody")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("nobody").roleName("app")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () ->
            iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("nobody").roleName("app")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.tagInstanceProfile(r -> r.instanceProfileName("nobody").tags(tag("a", "b"))),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.untagInstanceProfile(r -> r.instanceProfileName("nobody").tagKeys("a")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.listInstanceProfileTags(r -> r.instanceProfileName("nobody")),
        404,
        "NoSuchEntity",
        message);
  }

  @Test
  void an_instance_profile_holds_one_role_which_every_answer_shows() {
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));
    Role role =
        iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST).description("d"))
            .role();
    iam.createRole(r -> r.roleName("other").assumeRolePolicyDocument(TRUST));

    iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));

    InstanceProfile profile =
        iam.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile();
    assertThat(profile.roles()).hasSize(1);
    Role held = profile.roles().get(0);
    assertThat(held.roleName()).isEqualTo("app");
    assertThat(held.roleId()).isEqualTo(role.roleId());
    assertThat(held.arn()).isEqualTo(role.arn());
    assertThat(RolesTest.decoded(held)).isEqualTo(TRUST);
    assertThat(iam.listInstanceProfiles().instanceProfiles().get(0).roles())
        .extracting(Role::roleName)
        .containsExactly("app");
    assertAwsError(
        () -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("other")),
        409,
        "LimitExceeded",
        "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
    assertAwsError(
        () -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app")),
        409,
        "LimitExceeded",
        "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
  }

  @Test
  void adding_an_unknown_role_is_NoSuchEntity() {
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));

    assertAwsError(
        () -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("nobody")),
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.");
    assertThat(iam.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile().roles())
        .isEmpty();
  }

  @Test
  void removing_a_role_the_profile_does_not_hold_is_NoSuchEntity() {
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));

    assertAwsError(
        () -> iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("web").roleName("app")),
        404,
        "NoSuchEntity",
        "Role app in Instance Profile web cannot be found.");
  }

  @Test
  void a_profile_holding_a_role_and_the_role_it_holds_cannot_be_deleted() {
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
    iam.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));

    assertAwsError(
        () -> iam.deleteInstanceProfile(r -> r.instanceProfileName("web")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must remove roles from instance profile first.");
    assertAwsError(
        () -> iam.deleteRole(r -> r.roleName("app")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must remove roles from instance profile first.");

    iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));
    iam.deleteRole(r -> r.roleName("app"));
    iam.deleteInstanceProfile(r -> r.instanceProfileName("web"));
    assertThat(iam.listInstanceProfiles().instanceProfiles()).isEmpty();
  }

  @Test
  void listing_instance_profiles_for_a_role_pages_through_those_holding_it() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
    iam.createRole(r -> r.roleName("other").assumeRolePolicyDocument(TRUST));
    List.of("c", "a", "b", "d")
        .forEach(name -> iam.createInstanceProfile(r -> r.instanceProfileName(name)));
    List.of("c", "a", "b")
        .forEach(
            name -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName(name).roleName("app")));
    iam.addRoleToInstanceProfile(r -> r.instanceProfileName("d").roleName("other"));

    var first = iam.listInstanceProfilesForRole(r -> r.roleName("app").maxItems(2));
    assertThat(first.instanceProfiles())
        .extracting(InstanceProfile::instanceProfileName)
        .containsExactly("a", "b");
    assertThat(first.isTruncated()).isTrue();
    assertThat(
            iam.listInstanceProfilesForRolePaginator(r -> r.roleName("app").maxItems(2))
                .instanceProfiles())
        .extracting(InstanceProfile::instanceProfileName)
        .containsExactly("a", "b", "c");
    assertAwsError(
        () -> iam.listInstanceProfilesForRole(r -> r.roleName("nobody")),
        404,
        "NoSuchEntity",
        "The role with name nobody cannot be found.");
  }

  @Test
  void listing_instance_profiles_pages_by_name_under_a_path_prefix() {
    iam.createInstanceProfile(r -> r.instanceProfileName("root-level"));
    iam.createInstanceProfile(r -> r.instanceProfileName("web1").path("/web/"));
    iam.createInstanceProfile(r -> r.instanceProfileName("web2").path("/web/blue/"));

    assertThat(iam.listInstanceProfiles(r -> r.pathPrefix("/web/")).instanceProfiles())
        .extracting(InstanceProfile::instanceProfileName)
        .containsExactly("web1", "web2");
    var first = iam.listInstanceProfiles(r -> r.maxItems(1));
    assertThat(first.instanceProfiles())
        .extracting(InstanceProfile::instanceProfileName)
        .containsExactly("root-level");
    assertThat(iam.listInstanceProfilesPaginator(r -> r.maxItems(1)).instanceProfiles()).hasSize(3);
  }

  @Test
  void instance_profile_tags_are_set_merged_listed_and_removed() {
    InstanceProfile created =
        iam.createInstanceProfile(r -> r.instanceProfileName("web").tags(tag("team", "blue")))
            .instanceProfile();
    assertThat(created.tags()).containsExactly(tag("team", "blue"));

    iam.tagInstanceProfile(
        r -> r.instanceProfileName("web").tags(tag("Team", "red"), tag("x", "1")));
    assertThat(iam.listInstanceProfileTags(r -> r.instanceProfileName("web")).tags())
        .containsExactly(tag("Team", "red"), tag("x", "1"));
    assertThat(iam.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile().tags())
        .containsExactly(tag("Team", "red"), tag("x", "1"));

    iam.untagInstanceProfile(r -> r.instanceProfileName("web").tagKeys("team"));
    var tags = iam.listInstanceProfileTags(r -> r.instanceProfileName("web").maxItems(1));
    assertThat(tags.tags()).containsExactly(tag("x", "1"));
    assertThat(tags.isTruncated()).isFalse();
  }

  @Test
  void instance_profiles_of_another_account_are_invisible_and_may_share_names() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    InstanceProfile theirs =
        other.createInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile();
    other.createRole(r -> r.roleName("app").assumeRolePolicyDocument(TRUST));
    other.addRoleToInstanceProfile(r -> r.instanceProfileName("web").roleName("app"));

    assertThat(theirs.arn()).isEqualTo("arn:aws:iam::111111111111:instance-profile/web");
    assertThat(iam.listInstanceProfiles().instanceProfiles()).isEmpty();
    assertAwsError(
        () -> iam.getInstanceProfile(r -> r.instanceProfileName("web")),
        404,
        "NoSuchEntity",
        "Instance Profile web cannot be found.");
    iam.createInstanceProfile(r -> r.instanceProfileName("web"));
    assertThat(iam.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile().roles())
        .isEmpty();
    assertThat(
            other.getInstanceProfile(r -> r.instanceProfileName("web")).instanceProfile().roles())
        .extracting(Role::arn)
        .containsExactly("arn:aws:iam::111111111111:role/app");
  }
}
