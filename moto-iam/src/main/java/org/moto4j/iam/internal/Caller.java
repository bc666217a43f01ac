package org.moto4j.iam.internal;

import java.util.Optional;
import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.user.User;

/**
 * Who signed a request, as the operations that default to the caller ({@code GetUser}, {@code
 * CreateAccessKey}… without {@code UserName}) see it: an IAM user of the account (signed with its
 * access key), the account's root (keys moto4j did not issue count as root, as in moto), or another
 * principal such as an assumed role, for which AWS requires a user name.
 */
public final class Caller {

  private final IamBackend iam;
  private final User user;
  private final boolean root;

  private Caller(IamBackend iam, User user, boolean root) {
    this.iam = iam;
    this.user = user;
    this.root = root;
  }

  /** The caller of a request served by {@code iam}. */
  public static Caller of(AccountContext context, IamBackend iam) {
    IssuedCredential credential = context.credential();
    if (credential == null) {
      return new Caller(iam, null, true);
    }
    return switch (credential.kind()) {
      case IAM_USER -> userOrOther(iam, iam.users().findById(credential.userId()));
      case ROOT -> new Caller(iam, null, true);
      case SESSION ->
          credential.principalArn().equals(iam.root().arn())
              ? new Caller(iam, null, true)
              : userOrOther(iam, iam.users().findByArn(credential.principalArn()));
      // Assumed roles and federated users: AWS asks them for a user name.
      default -> new Caller(iam, null, false);
    };
  }

  private static Caller userOrOther(IamBackend iam, Optional<User> user) {
    return new Caller(iam, user.orElse(null), false);
  }

  /** The IAM user that signed the request, if one did. */
  public Optional<User> user() {
    return Optional.ofNullable(user);
  }

  /** Whether the account's root signed the request. */
  public boolean isRoot() {
    return root;
  }

  /**
   * The caller as the owner of access keys.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code ValidationError} for a caller that is
   *     neither a user nor the root
   */
  public KeyOwner keyOwner() {
    if (user != null) {
      return KeyOwner.of(iam.account(), user);
    }
    if (root) {
      return iam.root();
    }
    throw IamErrors.USER_NAME_REQUIRED.exception();
  }

  /**
   * The key owner a request names with {@code userName}, or the caller when it names none.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for an unknown user
   */
  public static KeyOwner keyOwner(String userName, AccountContext context, IamBackend iam) {
    if (userName != null) {
      return KeyOwner.of(iam.account(), iam.users().get(userName));
    }
    return of(context, iam).keyOwner();
  }

  /**
   * The user a request names with {@code userName}, or the calling user when it names none (login
   * profiles, SSH keys and service-specific credentials belong to users only).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for an unknown user, or
   *     {@code ValidationError} when it names none and the caller is no user
   */
  public static User user(String userName, AccountContext context, IamBackend iam) {
    if (userName != null) {
      return iam.users().get(userName);
    }
    return of(context, iam).user().orElseThrow(IamErrors.USER_NAME_REQUIRED::exception);
  }
}
