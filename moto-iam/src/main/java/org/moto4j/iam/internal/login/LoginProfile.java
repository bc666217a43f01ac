package org.moto4j.iam.internal.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's console password.
 *
 * @param userId the unique id of its user, so that it follows renames
 * @param password the password, kept to check {@code ChangePassword}'s old password
 * @param passwordResetRequired whether the user must set a new password at next sign-in
 * @param createDate when it was created
 * @param passwordChanged when its password was last set (for the credential report)
 */
public record LoginProfile(
    String userId,
    String password,
    boolean passwordResetRequired,
    Instant createDate,
    Instant passwordChanged) {

  public LoginProfile {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(passwordChanged, "passwordChanged");
  }

  /**
   * This profile with a new password (set at {@code now}) and/or reset flag; {@code null} keeps the
   * current one.
   */
  LoginProfile with(String newPassword, Boolean resetRequired, Instant now) {
    return new LoginProfile(
        userId,
        newPassword == null ? password : newPassword,
        resetRequired == null ? passwordResetRequired : resetRequired,
        createDate,
        newPassword == null ? passwordChanged : now);
  }

  /** Never shows the password, should a profile reach a log. */
  @Override
  public String toString() {
    return "LoginProfile[userId="
        + userId
        + ", passwordResetRequired="
        + passwordResetRequired
        + ", createDate="
        + createDate
        + "]";
  }
}
