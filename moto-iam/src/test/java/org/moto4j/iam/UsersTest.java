package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/** Users through the real SDK: create, read, list, rename, tag, delete, in one account or two. */
class UsersTest extends IamServerTest {

  @Test
  void creating_a_user_answers_its_path_name_id_arn_and_date() {
    Instant before = Instant.now().minusSeconds(1);

    User user = iam.createUser(r -> r.userName("alice")).user();

    assertThat(user.path()).isEqualTo("/");
    assertThat(user.userName()).isEqualTo("alice");
    assertThat(user.userId()).startsWith("AIDA").hasSize(21);
    assertThat(user.arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
    assertThat(user.createDate()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(iam.getUser(r -> r.userName("alice")).user()).isEqualTo(user);
  }

  @Test
  void a_user_created_under_a_path_has_the_path_in_its_arn() {
    User user = iam.createUser(r -> r.userName("bob").path("/engineering/backend/")).user();

    assertThat(user.path()).isEqualTo("/engineering/backend/");
    assertThat(user.arn()).isEqualTo("arn:aws:iam::123456789012:user/engineering/backend/bob");
  }

  @Test
  void user_names_are_unique_whatever_their_case_and_found_in_any_case() {
    User alice = iam.createUser(r -> r.userName("Alice")).user();

    assertAwsError(
        () -> iam.createUser(r -> r.userName("ALICE")),
        409,
        "EntityAlreadyExists",
        "User with name ALICE already exists.");
    assertThat(iam.getUser(r -> r.userName("alice")).user()).isEqualTo(alice);
  }

  @Test
  void an_unknown_user_is_NoSuchEntity() {
    assertThat(
            assertAwsError(
                () -> iam.getUser(r -> r.userName("nobody")),
                404,
                "NoSuchEntity",
                "The user with name nobody cannot be found."))
        .isInstanceOf(NoSuchEntityException.class);
    assertAwsError(
        () -> iam.deleteUser(r -> r.userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
  }

  @Test
  void get_user_without_a_name_answers_the_account_root_for_credentials_iam_did_not_issue() {
    User root = iam.getUser().user();

    assertThat(root.arn()).isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(root.userId()).isEqualTo(DEFAULT_ACCOUNT);
    assertThat(root.userName()).isNull();
    assertThat(inAccount(OTHER_ACCOUNT).getUser().user().arn())
        .isEqualTo("arn:aws:iam::111111111111:root");
  }

  @Test
  void listing_users_pages_through_them_by_name_with_marker_and_max_items() {
    List.of("dave", "alice", "erin", "carol", "bob")
        .forEach(name -> iam.createUser(r -> r.userName(name)));

    ListUsersResponse first = iam.listUsers(r -> r.maxItems(2));
    assertThat(first.users()).extracting(User::userName).containsExactly("alice", "bob");
    assertThat(first.isTruncated()).isTrue();
    ListUsersResponse second = iam.listUsers(r -> r.maxItems(2).marker(first.marker()));
    assertThat(second.users()).extracting(User::userName).containsExactly("carol", "dave");
    ListUsersResponse last = iam.listUsers(r -> r.maxItems(2).marker(second.marker()));
    assertThat(last.users()).extracting(User::userName).containsExactly("erin");
    assertThat(last.isTruncated()).isFalse();
    assertThat(last.marker()).isNull();

    assertThat(iam.listUsersPaginator(r -> r.maxItems(1)).users())
        .extracting(User::userName)
        .containsExactly("alice", "bob", "carol", "dave", "erin");
  }

  @Test
  void listing_users_keeps_those_under_the_path_prefix() {
    iam.createUser(r -> r.userName("root-level"));
    iam.createUser(r -> r.userName("dev1").path("/dev/"));
    iam.createUser(r -> r.userName("dev2").path("/dev/team/"));
    iam.createUser(r -> r.userName("ops").path("/ops/"));

    assertThat(iam.listUsers(r -> r.pathPrefix("/dev/")).users())
        .extracting(User::userName)
        .containsExactly("dev1", "dev2");
    assertThat(iam.listUsersPaginator(r -> r.pathPrefix("/dev").maxItems(1)).users())
        .extracting(User::userName)
        .containsExactly("dev1", "dev2");
    assertThat(iam.listUsers().users()).hasSize(4);
  }

  @Test
  void many_users_page_fully_through_the_paginator() {
    IntStream.range(0, 120)
        .forEach(i -> iam.createUser(r -> r.userName(String.format("user-%03d", i))));

    ListUsersResponse firstPage = iam.listUsers();
    assertThat(firstPage.users()).hasSize(100);
    assertThat(firstPage.isTruncated()).isTrue();
    assertThat(iam.listUsersPaginator(r -> r.maxItems(50)).users()).hasSize(120);
  }

  @Test
  void updating_a_user_renames_and_moves_it_keeping_its_id() {
    User before = iam.createUser(r -> r.userName("alice")).user();

    iam.updateUser(r -> r.userName("alice").newUserName("alicia").newPath("/moved/"));

    User after = iam.getUser(r -> r.userName("alicia")).user();
    assertThat(after.userId()).isEqualTo(before.userId());
    assertThat(after.createDate()).isEqualTo(before.createDate());
    assertThat(after.arn()).isEqualTo("arn:aws:iam::123456789012:user/moved/alicia");
    assertAwsError(
        () -> iam.getUser(r -> r.userName("alice")),
        404,
        "NoSuchEntity",
        "The user with name alice cannot be found.");
  }

  @Test
  void renaming_a_user_onto_another_users_name_is_EntityAlreadyExists_and_changes_nothing() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));

    assertThat(
            assertAwsError(
                () -> iam.updateUser(r -> r.userName("alice").newUserName("BOB")),
                409,
                "EntityAlreadyExists",
                "User with name BOB already exists."))
        .isInstanceOf(EntityAlreadyExistsException.class);
    assertThat(iam.listUsers().users()).extracting(User::userName).containsExactly("alice", "bob");
  }

  @Test
  void a_user_may_be_renamed_to_its_own_name_in_another_case() {
    iam.createUser(r -> r.userName("alice"));

    iam.updateUser(r -> r.userName("alice").newUserName("Alice"));

    assertThat(iam.listUsers().users()).extracting(User::userName).containsExactly("Alice");
  }

  @Test
  void deleting_a_user_forgets_it() {
    iam.createUser(r -> r.userName("alice"));

    iam.deleteUser(r -> r.userName("ALICE"));

    assertThat(iam.listUsers().users()).isEmpty();
    iam.createUser(r -> r.userName("alice"));
  }

  @Test
  void tags_given_at_creation_are_answered_by_get_user_but_not_by_list_users() {
    User created =
        iam.createUser(r -> r.userName("alice").tags(tag("team", "blue"), tag("env", "dev")))
            .user();

    assertThat(created.tags()).containsExactly(tag("team", "blue"), tag("env", "dev"));
    assertThat(iam.getUser(r -> r.userName("alice")).user().tags())
        .containsExactly(tag("team", "blue"), tag("env", "dev"));
    assertThat(iam.listUsers().users().get(0).hasTags()).isFalse();
  }

  @Test
  void tagging_replaces_a_tag_whose_key_differs_only_in_case_and_untagging_ignores_case() {
    iam.createUser(r -> r.userName("alice").tags(tag("Department", "finance"), tag("a", "1")));

    iam.tagUser(r -> r.userName("alice").tags(tag("department", "hr"), tag("b", "2")));
    assertThat(iam.listUserTags(r -> r.userName("alice")).tags())
        .containsExactly(tag("department", "hr"), tag("a", "1"), tag("b", "2"));

    iam.untagUser(r -> r.userName("alice").tagKeys("A", "missing"));
    assertThat(iam.listUserTags(r -> r.userName("alice")).tags())
        .containsExactly(tag("department", "hr"), tag("b", "2"));
  }

  @Test
  void listing_a_users_tags_pages_through_them() {
    iam.createUser(r -> r.userName("alice").tags(tag("k1", "v"), tag("k2", "v"), tag("k3", "v")));

    var first = iam.listUserTags(r -> r.userName("alice").maxItems(2));
    assertThat(first.tags()).extracting(Tag::key).containsExactly("k1", "k2");
    assertThat(first.isTruncated()).isTrue();
    var second = iam.listUserTags(r -> r.userName("alice").maxItems(2).marker(first.marker()));
    assertThat(second.tags()).extracting(Tag::key).containsExactly("k3");
    assertThat(second.isTruncated()).isFalse();
  }

  @Test
  void tag_keys_repeated_in_one_request_are_InvalidInput() {
    assertAwsError(
        () -> iam.createUser(r -> r.userName("alice").tags(tag("env", "a"), tag("ENV", "b"))),
        400,
        "InvalidInput",
        "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    assertThat(iam.listUsers().users()).isEmpty();
  }

  @Test
  void a_user_carries_at_most_fifty_tags() {
    iam.createUser(
        r ->
            r.userName("alice")
                .tags(IntStream.range(0, 50).mapToObj(i -> tag("k" + i, "v")).toList()));

    assertAwsError(
        () -> iam.tagUser(r -> r.userName("alice").tags(tag("one-more", "v"))),
        409,
        "LimitExceeded",
        "Cannot exceed quota for TagsPerUser: 50");
    iam.tagUser(r -> r.userName("alice").tags(tag("K0", "replaced")));
    assertThat(iam.listUserTags(r -> r.userName("alice")).tags()).hasSize(50);
  }

  @Test
  void a_permissions_boundary_is_kept_and_answered_by_get_user() {
    String boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
    iam.createUser(r -> r.userName("alice").permissionsBoundary(boundary));

    User user = iam.getUser(r -> r.userName("alice")).user();
    assertThat(user.permissionsBoundary().permissionsBoundaryArn()).isEqualTo(boundary);
    assertThat(user.permissionsBoundary().permissionsBoundaryTypeAsString())
        .isEqualTo("PermissionsBoundaryPolicy");
    assertAwsError(
        () -> iam.createUser(r -> r.userName("bob").permissionsBoundary("arn:aws:s3:::a-bucket")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::a-bucket is not valid.");
  }

  @Test
  void a_user_created_in_another_account_is_invisible_to_the_default_account() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    User created = other.createUser(r -> r.userName("alice")).user();

    assertThat(created.arn()).isEqualTo("arn:aws:iam::111111111111:user/alice");
    assertThat(iam.listUsers().users()).isEmpty();
    assertAwsError(
        () -> iam.getUser(r -> r.userName("alice")),
        404,
        "NoSuchEntity",
        "The user with name alice cannot be found.");
    User mine = iam.createUser(r -> r.userName("alice")).user();
    assertThat(mine.arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
    assertThat(other.listUsers().users()).containsExactly(created);
  }

  @Test
  void resetting_one_account_forgets_its_users_only() {
    inAccount(OTHER_ACCOUNT).createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));

    server.moto().reset(AccountId.of(OTHER_ACCOUNT));

    assertThat(inAccount(OTHER_ACCOUNT).listUsers().users()).isEmpty();
    assertThat(iam.listUsers().users()).extracting(User::userName).containsExactly("bob");
  }

  static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
