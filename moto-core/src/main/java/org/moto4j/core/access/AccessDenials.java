package org.moto4j.core.access;

import org.moto4j.core.policy.Decision;
import org.moto4j.core.policy.Evaluation;
import org.moto4j.core.policy.PolicySetDecision;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.Protocol;

/**
 * Access control's errors, in one table, worded as AWS words them today ("Troubleshoot access
 * denied error messages" in the IAM User Guide): {@code User: <arn> is not authorized to perform:
 * <action> on resource: <arn> because no identity-based policy allows the <action> action}, or
 * {@code ... with an explicit deny in a resource-based policy}. S3 quotes the resource and answers
 * other accounts and anonymous callers a bare {@code Access Denied}.
 */
public final class AccessDenials {

  /** The code of every authorisation refusal, 403 in every protocol. */
  public static final String ACCESS_DENIED = "AccessDenied";

  /** S3's message when it does not say why (other accounts, anonymous callers). */
  public static final String S3_ACCESS_DENIED = "Access Denied";

  /**
   * Query services' answer to an unsigned request (IAM's wording; STS answers the same code).
   * Unconfirmed for STS beyond the code.
   */
  public static final String MISSING_AUTHENTICATION_TOKEN = "MissingAuthenticationToken";

  static final String MISSING_AUTHENTICATION_TOKEN_MESSAGE =
      "Request is missing Authentication Token";

  private AccessDenials() {}

  /** The error a query service answers an unsigned request with. */
  public static AwsException missingAuthenticationToken() {
    return new AwsException(
        MISSING_AUTHENTICATION_TOKEN, 403, MISSING_AUTHENTICATION_TOKEN_MESSAGE);
  }

  /** The error answering a request {@code evaluation} refused. */
  public static AwsException denied(
      Protocol protocol,
      RequestPrincipal principal,
      String action,
      String resource,
      boolean crossAccount,
      Evaluation evaluation,
      boolean resourceRequired) {
    return new AwsException(
        ACCESS_DENIED,
        403,
        message(protocol, principal, action, resource, crossAccount, evaluation, resourceRequired));
  }

  /** The message of {@link #denied}. */
  static String message(
      Protocol protocol,
      RequestPrincipal principal,
      String action,
      String resource,
      boolean crossAccount,
      Evaluation evaluation,
      boolean resourceRequired) {
    boolean s3 = protocol == Protocol.REST_XML;
    if (s3 && (crossAccount || principal.kind() == RequestPrincipal.Kind.ANONYMOUS)) {
      return S3_ACCESS_DENIED;
    }
    String head =
        "User: "
            + principal.arn()
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + (s3 ? "\"" + resource + "\"" : resource);
    String reason = reason(action, evaluation, crossAccount, resourceRequired);
    return reason == null ? head : head + " " + reason;
  }

  /** Why, in AWS's words; null for a trust policy that does not let the caller in (no reason). */
  private static String reason(
      String action, Evaluation evaluation, boolean crossAccount, boolean resourceRequired) {
    if (evaluation.decision() == Decision.EXPLICIT_DENY) {
      if (hasDeny(evaluation.identity())) {
        return "with an explicit deny in an identity-based policy";
      }
      if (hasDeny(evaluation.resource())) {
        return "with an explicit deny in a resource-based policy";
      }
      if (hasDeny(evaluation.permissionsBoundary())) {
        return "with an explicit deny in a permissions boundary";
      }
      return "with an explicit deny in a session policy";
    }
    boolean resourceAllows = allows(evaluation.resource());
    if (resourceRequired && !resourceAllows) {
      // AssumeRole refused by the role's trust policy: AWS gives no reason.
      return null;
    }
    if (!allows(evaluation.identity()) && !(resourceAllows && !crossAccount)) {
      return "because no identity-based policy allows the " + action + " action";
    }
    if (evaluation.permissionsBoundary() != null && !allows(evaluation.permissionsBoundary())) {
      return "because no permissions boundary allows the " + action + " action";
    }
    if (evaluation.session() != null && !allows(evaluation.session())) {
      return "because no session policy allows the " + action + " action";
    }
    return "because no resource-based policy allows the " + action + " action";
  }

  private static boolean hasDeny(PolicySetDecision set) {
    return set != null && !set.denies().isEmpty();
  }

  private static boolean allows(PolicySetDecision set) {
    return set != null && set.isAllowed();
  }
}
