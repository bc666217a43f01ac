package org.moto4j.sts;

import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;

/**
 * The caller of an operation that only long-term credentials may call (GetSessionToken,
 * GetFederationToken): an IAM user, or the account root for keys moto4j did not issue.
 *
 * @param principalArn the caller's ARN
 * @param userId the caller's unique id: the account id for the root
 * @param isRoot whether the caller is the account's root user
 */
record LongTermCaller(String principalArn, String userId, boolean isRoot) {

  /**
   * The caller of {@code context}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied} for temporary credentials
   */
  static LongTermCaller of(AccountContext context, String operation) {
    IssuedCredential credential = context.credential();
    if (credential == null) {
      return new LongTermCaller(context.principalArn(), context.account().value(), true);
    }
    if (credential.isTemporary()) {
      throw StsErrors.SESSION_CREDENTIALS_DENIED.exception(operation);
    }
    String userId = credential.userId() != null ? credential.userId() : context.account().value();
    return new LongTermCaller(
        credential.principalArn(), userId, credential.principalArn().endsWith(":root"));
  }
}
