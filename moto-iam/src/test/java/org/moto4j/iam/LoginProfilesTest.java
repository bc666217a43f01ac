package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.InvalidUserTypeException;
import software.amazon.awssdk.services.iam.model.LoginProfile;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;
import software.amazon.awssdk.services.iam.model.PasswordPolicyViolationException;

/** Login profiles, ChangePassword and the account password policy, through the real SDK. */
class LoginProfilesTest extends IamServerTest {

  @Test
  void a_login_profile_is_created_read_updated_and_deleted() {
    iam.createUser(r -> r.userName("alice"));

    LoginProfile created =
        iam.createLoginProfile(
                r -> r.userName("alice").password("Secret-1").passwordResetRequired(true))
            .loginProfile();

    assertThat(created.userName()).isEqualTo("alice");
    assertThat(created.passwordResetRequired()).isTrue();
    assertThat(created.createDate()).isNotNull();
    assertThat(iam.getLoginProfile(r -> r.userName("alice")).loginProfile()).isEqualTo(created);

    iam.updateLoginProfile(r -> r.userName("alice").passwordResetRequired(false));
    assertThat(iam.getLoginProfile(r -> r.userName("alice")).loginProfile())
        .satisfies(
            profile -> {
              assertThat(profile.passwordResetRequired()).isFalse();
              assertThat(profile.createDate()).isEqualTo(created.createDate());
            });

    iam.deleteLoginProfile(r -> r.userName("alice"));
    assertThat(
            assertAwsError(
                () -> iam.getLoginProfile(r -> r.userName("alice")),
                404,
                "NoSuchEntity",
                "Login Profile for User alice cannot be found."))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void a_user_has_one_login_profile_and_unknown_users_none() {
    iam.createUser(r -> r.userName("alice"));
    iam.createLoginProfile(r -> r.userName("alice").password("Secret-1"));

    assertThat(
            assertAwsError(
                () -> iam.createLoginProfile(r -> r.userName("alice").password("Secret-2")),
                409,
                "EntityAlreadyExists",
                "Login Profile for user alice already exists."))
        .isInstanceOf(EntityAlreadyExistsException.class);
    assertAwsError(
        () -> iam.createLoginProfile(r -> r.userName("nobody").password("Secret-1")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    assertAwsError(
        () -> iam.deleteLoginProfile(r -> r.userName("nobody")),
        404,
        "NoSuchEntity",
        "The user with name nobody cannot be found.");
    iam.createUser(r -> r.userName("bob"));
    assertAwsError(
        () -> iam.updateLoginProfile(r -> r.userName("bob").password("Secret-1")),
        404,
        "NoSuchEntity",
        "Login Profile for User bob cannot be found.");
  }

  @Test
  void a_password_is_never_echoed_in_a_validation_error() {
    iam.createUser(r -> r.userName("alice"));
    String tooLong = "p".repeat(129);

    assertAwsError(
        () -> iam.createLoginProfile(r -> r.userName("alice").password(tooLong)),
        400,
        "ValidationError",
        "1 validation error detected: Value at 'password' failed to satisfy constraint: Member"
            + " must have length less than or equal to 128");
  }

  @Test
  void the_account_password_policy_is_set_read_replaced_and_deleted() {
    assertAwsError(
        () -> iam.getAccountPasswordPolicy(),
        404,
        "NoSuchEntity",
        "The Password Policy with domain name 123456789012 cannot be found.");

    iam.updateAccountPasswordPolicy(
        r ->
            r.minimumPasswordLength(12)
                .requireSymbols(true)
                .requireNumbers(true)
                .requireUppercaseCharacters(true)
                .requireLowercaseCharacters(true)
                .allowUsersToChangePassword(true)
                .maxPasswordAge(90)
                .passwordReusePrevention(5)
                .hardExpiry(false));
    PasswordPolicy policy = iam.getAccountPasswordPolicy().passwordPolicy();
    assertThat(policy.minimumPasswordLength()).isEqualTo(12);
    assertThat(policy.requireSymbols()).isTrue();
    assertThat(policy.requireNumbers()).isTrue();
    assertThat(policy.requireUppercaseCharacters()).isTrue();
    assertThat(policy.requireLowercaseCharacters()).isTrue();
    assertThat(policy.allowUsersToChangePassword()).isTrue();
    assertThat(policy.expirePasswords()).isTrue();
    assertThat(policy.maxPasswordAge()).isEqualTo(90);
    assertThat(policy.passwordReusePrevention()).isEqualTo(5);
    assertThat(policy.hardExpiry()).isFalse();

    // An update replaces the whole policy: what it leaves out goes back to AWS's defaults.
    iam.updateAccountPasswordPolicy(r -> r.requireNumbers(true));
    PasswordPolicy replaced = iam.getAccountPasswordPolicy().passwordPolicy();
    assertThat(replaced.minimumPasswordLength()).isEqualTo(6);
    assertThat(replaced.requireNumbers()).isTrue();
    assertThat(replaced.requireSymbols()).isFalse();
    assertThat(replaced.expirePasswords()).isFalse();
    assertThat(replaced.maxPasswordAge()).isNull();
    assertThat(replaced.passwordReusePrevention()).isNull();

    iam.deleteAccountPasswordPolicy();
    assertAwsError(
        () -> iam.deleteAccountPasswordPolicy(),
        404,
        "NoSuchEntity",
        "The Password Policy with domain name 123456789012 cannot be found.");
  }

  @Test
  void password_policy_members_outside_the_models_ranges_are_ValidationError() {
    assertAwsError(
        () -> iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(5).maxPasswordAge(0)),
        400,
        "ValidationError",
        "2 validation errors detected: Value '5' at 'minimumPasswordLength' failed to satisfy"
            + " constraint: Member must have value greater than or equal to 6; Value '0' at"
            + " 'maxPasswordAge' failed to satisfy constraint: Member must have value greater"
            + " than or equal to 1");
    assertThat(catchNoPolicy()).isTrue();
  }

  @Test
  void new_passwords_must_meet_the_policy_and_a_refused_one_changes_nothing() {
    iam.createUser(r -> r.userName("alice"));
    iam.updateAccountPasswordPolicy(
        r ->
            r.minimumPasswordLength(10)
                .requireUppercaseCharacters(true)
                .requireLowercaseCharacters(true)
                .requireNumbers(true)
                .requireSymbols(true));

    assertThat(
            assertAwsError(
                () -> iam.createLoginProfile(r -> r.userName("alice").password("short")),
                400,
                "PasswordPolicyViolation",
                "Password should have a minimum length of 10, Password should have at least one"
                    + " uppercase letter, Password should have at least one number, Password"
                    + " should have at least one symbol"))
        .isInstanceOf(PasswordPolicyViolationException.class);
    assertAwsError(
        () -> iam.getLoginProfile(r -> r.userName("alice")),
        404,
        "NoSuchEntity",
        "Login Profile for User alice cannot be found.");

    iam.createLoginProfile(r -> r.userName("alice").password("Long-enough-1"));
    assertAwsError(
        () -> iam.updateLoginProfile(r -> r.userName("alice").password("LONG-ENOUGH-1")),
        400,
        "PasswordPolicyViolation",
        "Password should have at least one lowercase letter");
    iam.updateLoginProfile(r -> r.userName("alice").password("Another-one-2"));
  }

  @Test
  void a_user_changes_its_own_password_with_its_own_key() {
    IamClient admin = inAccount(OTHER_ACCOUNT);
    admin.createUser(r -> r.userName("alice"));
    admin.createLoginProfile(
        r -> r.userName("alice").password("First-pass-1").passwordResetRequired(true));
    AccessKey key = admin.createAccessKey(r -> r.userName("alice")).accessKey();
    IamClient asAlice = signedWith(key);

    asAlice.changePassword(r -> r.oldPassword("First-pass-1").newPassword("Second-pass-2"));

    assertThat(
            admin.getLoginProfile(r -> r.userName("alice")).loginProfile().passwordResetRequired())
        .isFalse();
    assertThat(
            assertAwsError(
                () ->
                    asAlice.changePassword(
                        r -> r.oldPassword("First-pass-1").newPassword("Third-pass-3")),
                400,
                "InvalidUserType",
                "The old password is incorrect."))
        .isInstanceOf(InvalidUserTypeException.class);
    admin.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(20));
    assertAwsError(
        () -> asAlice.changePassword(r -> r.oldPassword("Second-pass-2").newPassword("Third-3")),
        400,
        "PasswordPolicyViolation",
        "Password should have a minimum length of 20");
    asAlice.changePassword(
        r -> r.oldPassword("Second-pass-2").newPassword("A-much-longer-password-3"));
    assertThat(asAlice.getLoginProfile(r -> {}).loginProfile().userName()).isEqualTo("alice");
  }

  @Test
  void the_root_has_no_iam_password_to_change() {
    assertAwsError(
        () -> iam.changePassword(r -> r.oldPassword("old-password").newPassword("new-password")),
        400,
        "InvalidUserType",
        "Only IAM users can change their own password.");
  }

  @Test
  void a_user_with_a_login_profile_cannot_be_deleted_until_it_is() {
    iam.createUser(r -> r.userName("alice"));
    iam.createLoginProfile(r -> r.userName("alice").password("Secret-1"));

    assertThat(
            assertAwsError(
                () -> iam.deleteUser(r -> r.userName("alice")),
                409,
                "DeleteConflict",
                "Cannot delete entity, must delete login profile first."))
        .isInstanceOf(DeleteConflictException.class);

    iam.deleteLoginProfile(r -> r.userName("alice"));
    iam.deleteUser(r -> r.userName("alice"));
    assertThat(iam.listUsers().users()).isEmpty();
  }

  @Test
  void a_renamed_user_keeps_its_login_profile() {
    iam.createUser(r -> r.userName("alice"));
    iam.createLoginProfile(r -> r.userName("alice").password("Secret-1"));

    iam.updateUser(r -> r.userName("alice").newUserName("alicia"));

    assertThat(iam.getLoginProfile(r -> r.userName("alicia")).loginProfile().userName())
        .isEqualTo("alicia");
  }

  @Test
  void password_policies_and_login_profiles_are_per_account() {
    IamClient other = inAccount(OTHER_ACCOUNT);
    other.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(30));
    other.createUser(r -> r.userName("alice"));
    iam.createUser(r -> r.userName("alice"));

    iam.createLoginProfile(r -> r.userName("alice").password("short-1"));

    assertAwsError(
        () -> iam.getAccountPasswordPolicy(),
        404,
        "NoSuchEntity",
        "The Password Policy with domain name 123456789012 cannot be found.");
    assertThat(other.getAccountPasswordPolicy().passwordPolicy().minimumPasswordLength())
        .isEqualTo(30);
    assertAwsError(
        () -> other.getLoginProfile(r -> r.userName("alice")),
        404,
        "NoSuchEntity",
        "Login Profile for User alice cannot be found.");
    assertAwsError(
        () -> other.createLoginProfile(r -> r.userName("alice").password("short-1")),
        400,
        "PasswordPolicyViolation",
        "Password should have a minimum length of 30");
    other.deleteAccountPasswordPolicy();
    assertAwsError(
        () -> other.getAccountPasswordPolicy(),
        404,
        "NoSuchEntity",
        "The Password Policy with domain name 111111111111 cannot be found.");
  }

  private boolean catchNoPolicy() {
    try {
      iam.getAccountPasswordPolicy();
      return false;
    } catch (NoSuchEntityException e) {
      return true;
    }
  }
}
