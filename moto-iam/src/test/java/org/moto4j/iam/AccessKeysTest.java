package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.auth.AccessKeyIds;
import org.moto4j.core.auth.CredentialRegistry;
import org.moto4j.core.auth.IssuedCredential;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.GetAccessKeyLastUsedResponse;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.User;

/** Access keys through the real SDK, and the account requests signed with them act in. */
class AccessKeysTest extends IamServerTest {

  @Test
  void a_new_key_is_active_shaped_like_aws_and_encodes_its_account() {
    iam.createUser(r -> r.userName("alice"));

    AccessKey key = iam.createAccessKey(r -> r.userName("alice")).accessKey();

    assertThat(key.userName()).isEqualTo("alice");
    assertThat(key.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(key.accessKeyId()).startsWith("AKIA").hasSize(20);
    assertThat(key.secretAccessKey()).hasSize(40);
    assertThat(key.createDate()).isNotNull();
    assertThat(AccessKeyIds.accountOf(key.accessKeyId())).contains(AccountId.DEFAULT);
  }

  @Test
  void a_key_is_listed_deactivated_reactivated_and_deleted() {
    iam.createUser(r -> r.userName("alice"));
    AccessKey key = iam.createAccessKey(r -> r.userName("alice")).accessKey();

    assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata())
        .singleElement()
        .satisfies(
            metadata -> {
              assertThat(metadata.accessKeyId()).isEqualTo(key.accessKeyId());
              assertThat(metadata.userName()).isEqualTo("alice");
              assertThat(metadata.status()).isEqualTo(StatusType.ACTIVE);
              assertThat(metadata.createDate()).isEqualTo(key.createDate());
            });

    iam.updateAccessKey(
        r -> r.userName("alice").accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
    assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata())
        .extracting(AccessKeyMetadata::status)
        .containsExactly(StatusType.INACTIVE);

    iam.updateAccessKey(
        r -> r.userName("alice").accessKeyId(key.accessKeyId()).status(StatusType.ACTIVE));
    assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata())
        .extracting(AccessKeyMetadata::status)
        .containsExactly(StatusType.ACTIVE);

    iam.deleteAccessKey(r -> r.userName("alice").accessKeyId(key.accessKeyId()));
    assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata()).isEmpty();
  }

  @Test
  void a_user_has_at_most_two_keys_active_or_not() {
    iam.createUser(r -> r.userName("alice"));
    AccessKey first = iam.createAccessKey(r -> r.userName("alice")).accessKey();
    iam.createAccessKey(r -> r.userName("alice"));
    iam.updateAccessKey(
        r -> r.userName("alice").accessKeyId(first.accessKeyId()).status(StatusType.INACTIVE));

    assertThat(
            assertAwsError(
                () -> iam.createAccessKey(r -> r.userName("alice")),
                409,
                "LimitExceeded",
                "Cannot exceed quota for AccessKeysPerUser: 2"))
        .isInstanceOf(LimitExceededException.class);
    assertThat(iam.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata()).hasSize(2);
  }

  @Test
  void a_user_with_keys_cannot_be_deleted_until_they_are() {
    iam.createUser(r -> r.userName("alice"));
    AccessKey key = iam.createAccessKey(r -> r.userName("alice")).accessKey();

    assertThat(
            assertAwsError(
                () -> iam.deleteUser(r -> r.userName("alice")),
                409,
                "DeleteConflict",
                "Cannot delete entity, must delete access keys first."))
        .isInstanceOf(DeleteConflictException.class);
    assertThat(iam.getUser(r -> r.userName("alice")).user().userName()).isEqualTo("alice");

    iam.deleteAccessKey(r -> r.userName("alice").accessKeyId(key.accessKeyId()));
    iam.deleteUser(r -> r.userName("alice"));
    assertThat(iam.listUsers().users()).isEmpty();
  }

  @Test
  void keys_of_unknown_users_and_unknown_keys_are_NoSuchEntity() {
    iam.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("bob"));
    AccessKey bobs = iam.createAccessKey(r -> r.userName("bob")).accessKey();

    assertAwsError(
        () -> iam.createAccessKey(r -> r.userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertAwsError(
        () -> iam.deleteAccessKey(r -> r.userName("alice").accessKeyId(bobs.accessKeyId())),
        404,
        "NoSuchEntity",
        "The Access Key with id " + bobs.accessKeyId() + " cannot be found.");
    assertAwsError(
        () ->
            iam.updateAccessKey(
                r ->
                    r.userName("alice")
                        .accessKeyId("AKIAAAAAAAAAAAAAAAAA")
                        .status(StatusType.INACTIVE)),
        404,
        "NoSuchEntity",
        "The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found.");
    assertThat(iam.listAccessKeys(r -> r.userName("bob")).accessKeyMetadata()).hasSize(1);
  }

  @Test
  void the_last_use_of_a_key_never_used_is_not_applicable() {
    iam.createUser(r -> r.userName("alice"));
    AccessKey key = iam.createAccessKey(r -> r.userName("alice")).accessKey();

    GetAccessKeyLastUsedResponse lastUsed =
        iam.getAccessKeyLastUsed(r -> r.accessKeyId(key.accessKeyId()));

    assertThat(lastUsed.userName()).isEqualTo("alice");
    assertThat(lastUsed.accessKeyLastUsed().serviceName()).isEqualTo("N/A");
    assertThat(lastUsed.accessKeyLastUsed().region()).isEqualTo("N/A");
    assertThat(lastUsed.accessKeyLastUsed().lastUsedDate()).isNull();
  }

  @Test
  void a_key_created_in_another_account_acts_in_that_account_as_its_user() {
    IamClient admin = inAccount(OTHER_ACCOUNT);
    User alice = admin.createUser(r -> r.userName("alice")).user();
    admin.createUser(r -> r.userName("bob"));
    iam.createUser(r -> r.userName("default-account-user"));
    AccessKey key = admin.createAccessKey(r -> r.userName("alice")).accessKey();

    IamClient asAlice = signedWith(key);

    assertThat(asAlice.getUser().user()).isEqualTo(alice);
    assertThat(asAlice.listUsers().users())
        .extracting(User::userName)
        .containsExactly("alice", "bob");
    assertThat(AccessKeyIds.accountOf(key.accessKeyId())).contains(AccountId.of(OTHER_ACCOUNT));
  }

  @Test
  void once_its_key_is_deleted_requests_signed_with_it_fall_back_to_the_default_account() {
    IamClient admin = inAccount(OTHER_ACCOUNT);
    admin.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("default-account-user"));
    AccessKey key = admin.createAccessKey(r -> r.userName("alice")).accessKey();
    IamClient asAlice = signedWith(key);
    assertThat(asAlice.getUser().user().userName()).isEqualTo("alice");

    admin.deleteAccessKey(r -> r.userName("alice").accessKeyId(key.accessKeyId()));

    assertThat(asAlice.getUser().user().arn()).isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(asAlice.listUsers().users())
        .extracting(User::userName)
        .containsExactly("default-account-user");
  }

  @Test
  void an_inactive_key_stops_acting_as_its_user_until_reactivated() {
    IamClient admin = inAccount(OTHER_ACCOUNT);
    admin.createUser(r -> r.userName("alice"));
    AccessKey key = admin.createAccessKey(r -> r.userName("alice")).accessKey();
    IamClient asAlice = signedWith(key);

    admin.updateAccessKey(
        r -> r.userName("alice").accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
    assertThat(asAlice.getUser().user().arn()).isEqualTo("arn:aws:iam::123456789012:root");

    admin.updateAccessKey(
        r -> r.userName("alice").accessKeyId(key.accessKeyId()).status(StatusType.ACTIVE));
    assertThat(asAlice.getUser().user().arn()).isEqualTo("arn:aws:iam::111111111111:user/alice");
  }

  @Test
  void a_renamed_users_keys_act_as_its_new_name() {
    IamClient admin = inAccount(OTHER_ACCOUNT);
    admin.createUser(r -> r.userName("alice"));
    AccessKey key = admin.createAccessKey(r -> r.userName("alice")).accessKey();

    admin.updateUser(r -> r.userName("alice").newUserName("alicia").newPath("/team/"));

    CredentialRegistry credentials = server.moto().injector().getInstance(CredentialRegistry.class);
    assertThat(credentials.find(key.accessKeyId()))
        .map(IssuedCredential::principalArn)
        .contains("arn:aws:iam::111111111111:user/team/alicia");
    assertThat(signedWith(key).getUser().user().userName()).isEqualTo("alicia");
    assertThat(admin.listAccessKeys(r -> r.userName("alicia")).accessKeyMetadata())
        .extracting(AccessKeyMetadata::userName)
        .containsExactly("alicia");
  }

  @Test
  void a_user_manages_its_own_keys_without_naming_itself() {
    IamClient admin = inAccount(OTHER_ACCOUNT);
    admin.createUser(r -> r.userName("alice"));
    AccessKey first = admin.createAccessKey(r -> r.userName("alice")).accessKey();
    IamClient asAlice = signedWith(first);

    AccessKey second = asAlice.createAccessKey().accessKey();

    assertThat(second.userName()).isEqualTo("alice");
    assertThat(asAlice.listAccessKeys().accessKeyMetadata())
        .extracting(AccessKeyMetadata::accessKeyId)
        .containsExactlyInAnyOrder(first.accessKeyId(), second.accessKeyId());
    asAlice.deleteAccessKey(r -> r.accessKeyId(second.accessKeyId()));
    assertThat(admin.listAccessKeys(r -> r.userName("alice")).accessKeyMetadata()).hasSize(1);
  }

  @Test
  void the_root_manages_its_own_keys_and_they_act_as_the_root_of_its_account() {
    IamClient otherRoot = inAccount(OTHER_ACCOUNT);

    AccessKey rootKey = otherRoot.createAccessKey().accessKey();

    assertThat(rootKey.userName()).isNull();
    assertThat(otherRoot.listAccessKeys().accessKeyMetadata())
        .extracting(AccessKeyMetadata::accessKeyId)
        .containsExactly(rootKey.accessKeyId());
    assertThat(iam.listAccessKeys().accessKeyMetadata()).isEmpty();
    User root = signedWith(rootKey).getUser().user();
    assertThat(root.arn()).isEqualTo("arn:aws:iam::111111111111:root");
    assertThat(root.userId()).isEqualTo(OTHER_ACCOUNT);
  }

  @Test
  void role_sessions_must_name_the_user_whose_keys_they_manage() {
    CredentialRegistry credentials = server.moto().injector().getInstance(CredentialRegistry.class);
    String sessionKey = AccessKeyIds.generate(AccessKeyIds.TEMPORARY_PREFIX, AccountId.DEFAULT);
    credentials.register(
        new IssuedCredential(
            sessionKey,
            "secret",
            "token",
            null,
            AccountId.DEFAULT,
            "arn:aws:sts::123456789012:assumed-role/admin/session",
            "AROAEXAMPLE:session",
            IssuedCredential.Kind.ASSUMED_ROLE));
    IamClient asRole = client(AwsSessionCredentials.create(sessionKey, "secret", "token"), null);
    String message = "Must specify userName when calling with non-User credentials";

    assertAwsError(asRole::getUser, 400, "ValidationError", message);
    assertAwsError(() -> asRole.createAccessKey(), 400, "ValidationError", message);
    assertAwsError(() -> asRole.listAccessKeys(), 400, "ValidationError", message);
    asRole.createUser(r -> r.userName("alice"));
    assertThat(asRole.createAccessKey(r -> r.userName("alice")).accessKey().userName())
        .isEqualTo("alice");
  }

  @Test
  void resetting_an_account_revokes_its_keys_and_only_its_keys() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("alice"));
    AccessKey othersKey = other.createAccessKey(r -> r.userName("alice")).accessKey();
    iam.createUser(r -> r.userName("bob"));
    AccessKey defaultsKey = iam.createAccessKey(r -> r.userName("bob")).accessKey();

    server.moto().reset(AccountId.of(OTHER_ACCOUNT));

    CredentialRegistry credentials = server.moto().injector().getInstance(CredentialRegistry.class);
    assertThat(credentials.find(othersKey.accessKeyId())).isEmpty();
    assertThat(signedWith(othersKey).getUser().user().arn())
        .isEqualTo("arn:aws:iam::123456789012:root");
    assertThat(signedWith(defaultsKey).getUser().user().userName()).isEqualTo("bob");
  }
}
