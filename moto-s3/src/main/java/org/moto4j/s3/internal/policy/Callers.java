package org.moto4j.s3.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.auth.IssuedCredential;
import org.moto4j.core.policy.RequestPrincipal;

/**
 * The principal a request speaks for, as policies see it: the moto4j-issued credential's principal
 * (user, role session, federated user), an account root for keys moto4j did not issue, anonymous
 * for unsigned requests.
 */
final class Callers {

  private Callers() {}

  static RequestPrincipal principalOf(AccountContext context) {
    if (context.accessKeyId() == null && context.credential() == null) {
      return RequestPrincipal.anonymous();
    }
    IssuedCredential credential = context.credential();
    String account = context.account().value();
    if (credential == null) {
      return RequestPrincipal.root(account, context.partition());
    }
    String arn = credential.principalArn();
    return switch (credential.kind()) {
      case IAM_USER -> RequestPrincipal.user(arn, account);
      case ASSUMED_ROLE -> RequestPrincipal.roleSession(arn, account, roleArnOf(arn));
      case FEDERATED_USER ->
          new RequestPrincipal(RequestPrincipal.Kind.FEDERATED_USER, arn, account, null);
      default ->
          arn.endsWith(":root")
              ? RequestPrincipal.root(account, context.partition())
              : RequestPrincipal.user(arn, account);
    };
  }

  /** {@code arn:aws:sts::1:assumed-role/name/session} -> {@code arn:aws:iam::1:role/name}. */
  private static String roleArnOf(String sessionArn) {
    int marker = sessionArn.indexOf(":assumed-role/");
    if (marker < 0) {
      return null;
    }
    String head = sessionArn.substring(0, marker).replace(":sts:", ":iam:");
    String rest = sessionArn.substring(marker + ":assumed-role/".length());
    int slash = rest.lastIndexOf('/');
    return head + ":role/" + (slash < 0 ? rest : rest.substring(0, slash));
  }
}
