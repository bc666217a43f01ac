package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetGroupResponse;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.iam.model.ListGroupsResponse;
import software.amazon.awssdk.services.iam.model.User;

/** Groups and their members through the real SDK, in one account or two. */
class GroupsTest extends IamServerTest {

  @Test
  void creating_a_group_answers_its_path_name_id_arn_and_date() {
    Instant before = Instant.now().minusSeconds(1);

    Group group = iam.createGroup(r -> r.groupName("admins").path("/ops/")).group();

    assertThat(group.path()).isEqualTo("/ops/");
    assertThat(group.groupName()).isEqualTo("admins");
    assertThat(group.groupId()).startsWith("AGPA").hasSize(21);
    assertThat(group.arn()).isEqualTo("arn:aws:iam::123456789012:group/ops/admins");
    assertThat(group.createDate()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(iam.getGroup(r -> r.groupName("ADMINS")).group()).isEqualTo(group);
  }

  @Test
  void group_names_are_unique_whatever_their_case() {
    iam.createGroup(r -> r.groupName("Admins"));

    assertAwsError(
        () -> iam.createGroup(r -> r.groupName("ADMINS")),
        409,
        "EntityAlreadyExists",
        "Group with name ADMINS already exists.");
    assertThat(iam.listGroups().groups()).extracting(Group::groupName).containsExactly("Admins");
  }

  @Test
  void an_unknown_group_is_NoSuchEntity_for_every_operation_naming_it() {
    iam.createUser(r -> r.userName("alice"));
    String message = "The group with name nobody cannot be found.";

    assertAwsError(() -> iam.getGroup(r -> r.groupName("nobody")), 404, "NoSuchEntity", message);
    assertAwsError(() -> iam.deleteGroup(r -> r.groupName("nobody")), 404, "NoSuchEntity", message);
    assertAwsError(
        () -> iam.updateGroup(r -> r.groupName("nobody").newGroupName("x")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.addUserToGroup(r -> r.groupName("nobody").userName("alice")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.removeUserFromGroup(r -> r.groupName("nobody").userName("alice")),
        404,
        "NoSuchEntity",
        message);
  }

  @Test
  void an_invalid_group_name_is_a_ValidationError() {
    assertAwsError(
        () -> iam.createGroup(r -> r.groupName("bad name")),
        400,
        "ValidationError",
        "1 validation error detected: Value 'bad name' at 'groupName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    assertThat(iam.listGroups().groups()).isEmpty();
  }

  @Test
  void members_join_and_leave_and_get_group_lists_them_by_name() {
    iam.createGroup(r -> r.groupName("devs"));
    List.of("carol", "alice", "bob").forEach(name -> iam.createUser(r -> r.userName(name)));
    List.of("carol", "alice", "bob")
        .forEach(name -> iam.addUserToGroup(r -> r.groupName("devs").userName(name)));
    iam.addUserToGroup(r -> r.groupName("devs").userName("alice"));

    GetGroupResponse group = iam.getGroup(r -> r.groupName("devs"));
    assertThat(group.users()).extracting(User::userName).containsExactly("alice", "bob", "carol");
    assertThat(group.users().get(0).arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
    assertThat(group.isTruncated()).isFalse();

    iam.removeUserFromGroup(r -> r.groupName("devs").userName("bob"));
    assertThat(iam.getGroup(r -> r.groupName("devs")).users())
        .extracting(User::userName)
        .containsExactly("alice", "carol");
  }

  @Test
  void get_group_pages_through_its_members() {
    iam.createGroup(r -> r.groupName("devs"));
    IntStream.range(0, 5)
        .mapToObj(i -> "user-" + i)
        .forEach(
            name -> {
              iam.createUser(r -> r.userName(name));
              iam.addUserToGroup(r -> r.groupName("devs").userName(name));
            });

    GetGroupResponse first = iam.getGroup(r -> r.groupName("devs").maxItems(2));
    assertThat(first.users()).extracting(User::userName).containsExactly("user-0", "user-1");
    assertThat(first.isTruncated()).isTrue();
    assertThat(iam.getGroupPaginator(r -> r.groupName("devs").maxItems(2)).users())
        .extracting(User::userName)
        .containsExactly("user-0", "user-1", "user-2", "user-3", "user-4");
  }

  @Test
  void adding_or_removing_an_unknown_user_is_NoSuchEntity() {
    iam.createGroup(r -> r.groupName("devs"));

    assertAwsError(
        () -> iam.addUserToGroup(r -> r.groupName("devs").userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertAwsError(
        () -> iam.removeUserFromGroup(r -> r.groupName("devs").userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
  }

  @Test
  void removing_a_user_that_is_no_member_changes_nothing() {
    iam.createGroup(r -> r.groupName("devs"));
    iam.createUser(r -> r.userName("alice"));

    iam.removeUserFromGroup(r -> r.groupName("devs").userName("alice"));

    assertThat(iam.getGroup(r -> r.groupName("devs")).users()).isEmpty();
  }

  @Test
  void a_user_belongs_to_at_most_ten_groups() {
    iam.createUser(r -> r.userName("alice"));
    IntStream.range(0, 11).forEach(i -> iam.createGroup(r -> r.groupName("group-" + i)));
    IntStream.range(0, 10)
        .forEach(i -> iam.addUserToGroup(r -> r.groupName("group-" + i).userName("alice")));

    assertAwsError(
        () -> iam.addUserToGroup(r -> r.groupName("group-10").userName("alice")),
        409,
        "LimitExceeded",
        "Cannot exceed quota for GroupsPerUser: 10");
    assertThat(iam.getGroup(r -> r.groupName("group-10")).users()).isEmpty();
    iam.addUserToGroup(r -> r.groupName("group-0").userName("alice"));
  }

  @Test
  void list_groups_for_user_answers_the_users_groups_by_name_a_page_at_a_time() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    List.of("ops", "admins", "devs").forEach(name -> iam.createGroup(r -> r.groupName(name)));
    List.of("ops", "admins", "devs")
        .forEach(name -> iam.addUserToGroup(r -> r.groupName(name).userName("alice")));
    iam.addUserToGroup(r -> r.groupName("ops").userName("bob"));

    var first = iam.listGroupsForUser(r -> r.userName("alice").maxItems(2));
    assertThat(first.groups()).extracting(Group::groupName).containsExactly("admins", "devs");
    assertThat(first.isTruncated()).isTrue();
    assertThat(iam.listGroupsForUserPaginator(r -> r.userName("alice").maxItems(2)).groups())
        .extracting(Group::groupName)
        .containsExactly("admins", "devs", "ops");
    assertThat(iam.listGroupsForUser(r -> r.userName("bob")).groups())
        .extracting(Group::groupName)
        .containsExactly("ops");
    assertAwsError(
        () -> iam.listGroupsForUser(r -> r.userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
  }

  @Test
  void listing_groups_keeps_those_under_the_path_prefix_and_pages() {
    iam.createGroup(r -> r.groupName("root-level"));
    iam.createGroup(r -> r.groupName("dev1").path("/dev/"));
    iam.createGroup(r -> r.groupName("dev2").path("/dev/team/"));

    assertThat(iam.listGroups(r -> r.pathPrefix("/dev/")).groups())
        .extracting(Group::groupName)
        .containsExactly("dev1", "dev2");
    ListGroupsResponse first = iam.listGroups(r -> r.maxItems(2));
    assertThat(first.groups()).extracting(Group::groupName).containsExactly("dev1", "dev2");
    assertThat(first.isTruncated()).isTrue();
    assertThat(iam.listGroups(r -> r.marker(first.marker())).groups())
        .extracting(Group::groupName)
        .containsExactly("root-level");
  }

  @Test
  void updating_a_group_renames_and_moves_it_keeping_its_id_and_members() {
    Group before = iam.createGroup(r -> r.groupName("devs")).group();
    iam.createUser(r -> r.userName("alice"));
    iam.addUserToGroup(r -> r.groupName("devs").userName("alice"));

    iam.updateGroup(r -> r.groupName("devs").newGroupName("engineers").newPath("/eng/"));

    GetGroupResponse after = iam.getGroup(r -> r.groupName("engineers"));
    assertThat(after.group().groupId()).isEqualTo(before.groupId());
    assertThat(after.group().arn()).isEqualTo("arn:aws:iam::123456789012:group/eng/engineers");
    assertThat(after.users()).extracting(User::userName).containsExactly("alice");
    assertThat(iam.listGroupsForUser(r -> r.userName("alice")).groups())
        .extracting(Group::groupName)
        .containsExactly("engineers");
    assertAwsError(
        () -> iam.getGroup(r -> r.groupName("devs")),
        404,
        "NoSuchEntity",
        "The group with name devs cannot be found.");
  }

  @Test
  void renaming_a_group_onto_another_groups_name_is_EntityAlreadyExists() {
    iam.createGroup(r -> r.groupName("devs"));
    iam.createGroup(r -> r.groupName("ops"));

    assertAwsError(
        () -> iam.updateGroup(r -> r.groupName("devs").newGroupName("OPS")),
        409,
        "EntityAlreadyExists",
        "Group with name OPS already exists.");
    assertThat(iam.listGroups().groups())
        .extracting(Group::groupName)
        .containsExactly("devs", "ops");
  }

  @Test
  void a_group_with_members_cannot_be_deleted_nor_a_user_in_a_group() {
    iam.createGroup(r -> r.groupName("devs"));
    iam.createUser(r -> r.userName("alice"));
    iam.addUserToGroup(r -> r.groupName("devs").userName("alice"));

    assertAwsError(
        () -> iam.deleteGroup(r -> r.groupName("devs")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must remove users from group first.");
    assertAwsError(
        () -> iam.deleteUser(r -> r.userName("alice")),
        409,
        "DeleteConflict",
        "Cannot delete entity, must remove user from all groups first.");

    iam.removeUserFromGroup(r -> r.groupName("devs").userName("alice"));
    iam.deleteGroup(r -> r.groupName("devs"));
    iam.deleteUser(r -> r.userName("alice"));
    assertThat(iam.listGroups().groups()).isEmpty();
  }

  @Test
  void a_renamed_user_stays_a_member() {
    iam.createGroup(r -> r.groupName("devs"));
    iam.createUser(r -> r.userName("alice"));
    iam.addUserToGroup(r -> r.groupName("devs").userName("alice"));

    iam.updateUser(r -> r.userName("alice").newUserName("alicia"));

    assertThat(iam.getGroup(r -> r.groupName("devs")).users())
        .extracting(User::userName)
        .containsExactly("alicia");
  }

  @Test
  void groups_of_another_account_are_invisible_and_may_share_names() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    Group theirs = other.createGroup(r -> r.groupName("admins")).group();
    other.createUser(r -> r.userName("alice"));
    other.addUserToGroup(r -> r.groupName("admins").userName("alice"));

    assertThat(theirs.arn()).isEqualTo("arn:aws:iam::111111111111:group/admins");
    assertThat(iam.listGroups().groups()).isEmpty();
    assertAwsError(
        () -> iam.getGroup(r -> r.groupName("admins")),
        404,
        "NoSuchEntity",
        "The group with name admins cannot be found.");
    Group mine = iam.createGroup(r -> r.groupName("admins")).group();
    assertThat(mine.arn()).isEqualTo("arn:aws:iam::123456789012:group/admins");
    assertThat(iam.getGroup(r -> r.groupName("admins")).users()).isEmpty();
    assertThat(other.getGroup(r -> r.groupName("admins")).users())
        .extracting(User::userName)
        .containsExactly("alice");
  }
}
