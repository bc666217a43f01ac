package org.moto4j.iam.internal.accesskey;

import org.moto4j.core.AccountId;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.iam.internal.user.User;

/**
 * Whom an access key speaks for: an IAM user, or the account's root user (whose keys IAM manages
 * too, when the root calls without a user name).
 *
 * @param account the account
 * @param id the user's unique id, or the account id for the root
 * @param userName the user's name, or {@code null} for the root
 * @param arn the principal ARN requests signed with the key act as
 */
public record KeyOwner(AccountId account, String id, String userName, String arn) {

  /** The owner that is {@code user}. */
  public static KeyOwner of(AccountId account, User user) {
    return new KeyOwner(account, user.id(), user.name(), user.arn());
  }

  /** The account's root user. */
  public static KeyOwner root(AccountId account, String partition) {
    return new KeyOwner(account, account.value(), null, account.rootArn(partition));
  }

  public boolean isRoot() {
    return userName == null;
  }

  /** The credential the registry resolves requests signed with {@code key} to. */
  IssuedCredential credential(AccessKey key) {
    return new IssuedCredential(
        key.id(),
        key.secret(),
        null,
        null,
        account,
        arn,
        id,
        isRoot() ? IssuedCredential.Kind.ROOT : IssuedCredential.Kind.IAM_USER);
  }
}
