package org.moto4j.iam.internal.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.moto4j.core.AccountId;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.user.User;
import org.moto4j.iam.internal.user.Users;

/**
 * The login profiles (console passwords) of one account's users, and the account's password policy,
 * which every new password must meet. Changes hold the account's IAM lock, so a profile is never
 * created for a user being deleted; reads are lock-free.
 */
public final class LoginProfiles {

  private final AccountId account;
  private final Users users;
  private final Clock clock;
  private final Object lock;
  private final Map<String, LoginProfile> byUserId = new ConcurrentHashMap<>();
  private final AtomicReference<PasswordPolicy> policy = new AtomicReference<>();

  public LoginProfiles(AccountId account, Users users, Clock clock, Object lock) {
    this.account = account;
    this.users = users;
    this.clock = clock;
    this.lock = lock;
  }

  /** The login profile of the user with this unique id, if it has one. */
  public Optional<LoginProfile> find(String userId) {
    return Optional.ofNullable(byUserId.get(userId));
  }

  /** Whether the user with this unique id has a login profile. */
  public boolean has(String userId) {
    return byUserId.containsKey(userId);
  }

  /**
   * The login profile of {@code user}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it has none
   */
  public LoginProfile get(User user) {
    LoginProfile profile = byUserId.get(user.id());
    if (profile == null) {
      throw IamErrors.NO_SUCH_LOGIN_PROFILE.exception(user.name());
    }
    return profile;
  }

  /**
   * Gives a user a console password.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for a user gone since,
   *     {@code EntityAlreadyExists} when it has one, or {@code PasswordPolicyViolation}
   */
  public LoginProfile create(User user, String password, boolean resetRequired) {
    synchronized (lock) {
      User current = current(user);
      if (byUserId.containsKey(current.id())) {
        throw IamErrors.LOGIN_PROFILE_ALREADY_EXISTS.exception(current.name());
      }
      checkPolicy(password);
      Instant now = clock.instant();
      LoginProfile profile = new LoginProfile(current.id(), password, resetRequired, now, now);
      byUserId.put(current.id(), profile);
      return profile;
    }
  }

  /** Changes a user's password and/or reset flag; {@code null} keeps either. */
  public LoginProfile update(User user, String password, Boolean resetRequired) {
    synchronized (lock) {
      LoginProfile profile = get(current(user));
      if (password != null) {
        checkPolicy(password);
      }
      LoginProfile updated = profile.with(password, resetRequired, clock.instant());
      byUserId.put(updated.userId(), updated);
      return updated;
    }
  }

  /**
   * A user changes its own password, proving it knows the old one; the reset flag clears.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} without a login profile,
   *     {@code InvalidUserType} for a wrong old password, or {@code PasswordPolicyViolation}
   */
  public void changePassword(User user, String oldPassword, String newPassword) {
    synchronized (lock) {
      LoginProfile profile = get(current(user));
      if (!profile.password().equals(oldPassword)) {
        throw IamErrors.WRONG_OLD_PASSWORD.exception();
      }
      checkPolicy(newPassword);
      byUserId.put(profile.userId(), profile.with(newPassword, false, clock.instant()));
    }
  }

  /** Removes a user's console password. */
  public void delete(User user) {
    synchronized (lock) {
      get(current(user));
      byUserId.remove(user.id());
    }
  }

  /** The account's password policy, if it has set one. */
  public Optional<PasswordPolicy> policy() {
    return Optional.ofNullable(policy.get());
  }

  /** Sets the account's password policy; existing passwords are not checked again, as in AWS. */
  public void setPolicy(PasswordPolicy newPolicy) {
    policy.set(newPolicy);
  }

  /**
   * Removes the account's password policy.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when it has none
   */
  public void deletePolicy() {
    if (policy.getAndSet(null) == null) {
      throw noPolicy();
    }
  }

  /** AWS's answer when the account has no password policy. */
  public AwsException noPolicy() {
    return IamErrors.NO_SUCH_PASSWORD_POLICY.exception(account.value());
  }

  private void checkPolicy(String password) {
    PasswordPolicy current = policy.get();
    if (current != null) {
      current.check(password);
    }
  }

  private User current(User user) {
    return users
        .findById(user.id())
        .orElseThrow(() -> IamErrors.NO_SUCH_USER.exception(user.name()));
  }
}
