package org.moto4j.core.policy;

/**
 * Who makes a request, as policy principals see it.
 *
 * @param arn the principal's ARN (for a role session its {@code sts} assumed-role ARN; for a
 *     service its name, such as {@code ec2.amazonaws.com}; for a web-identity or SAML caller the
 *     identity provider)
 * @param accountId the account the principal belongs to (null for services and anonymous callers)
 * @param roleArn for a role session, the IAM ARN of the role (with its path), else null
 */
public record RequestPrincipal(Kind kind, String arn, String accountId, String roleArn) {

  /** The kinds of caller AWS distinguishes in policies. */
  public enum Kind {
    ROOT,
    USER,
    ROLE_SESSION,
    FEDERATED_USER,
    SERVICE,
    FEDERATED_PROVIDER,
    ANONYMOUS
  }

  /** An IAM user. */
  public static RequestPrincipal user(String arn, String accountId) {
    return new RequestPrincipal(Kind.USER, arn, accountId, null);
  }

  /** An account's root user. */
  public static RequestPrincipal root(String accountId, String partition) {
    return new RequestPrincipal(
        Kind.ROOT, "arn:" + partition + ":iam::" + accountId + ":root", accountId, null);
  }

  /** A session of an assumed role. */
  public static RequestPrincipal roleSession(String sessionArn, String accountId, String roleArn) {
    return new RequestPrincipal(Kind.ROLE_SESSION, sessionArn, accountId, roleArn);
  }

  /** An AWS service, such as {@code ec2.amazonaws.com}. */
  public static RequestPrincipal service(String name) {
    return new RequestPrincipal(Kind.SERVICE, name, null, null);
  }

  /** A caller authenticated by an identity provider (web identity or SAML). */
  public static RequestPrincipal federated(String provider) {
    return new RequestPrincipal(Kind.FEDERATED_PROVIDER, provider, null, null);
  }

  /** An unsigned request. */
  public static RequestPrincipal anonymous() {
    return new RequestPrincipal(Kind.ANONYMOUS, "*", null, null);
  }
}
