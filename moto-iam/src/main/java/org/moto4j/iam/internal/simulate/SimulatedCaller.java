package org.moto4j.iam.internal.simulate;

import org.moto4j.core.AccountId;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.iam.internal.IamErrors;

/** The simulated caller ({@code CallerArn}) and resource owner ({@code ResourceOwner}). */
final class SimulatedCaller {

  private SimulatedCaller() {}

  /**
   * The principal an IAM user, group, role or root ARN stands for; a role acts as a session of
   * itself, so a resource policy naming the role names the caller.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for anything else (assumed
   *     roles, federated users and services cannot be simulated callers)
   */
  static RequestPrincipal principal(String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("iam")
        || !AccountId.isValid(parts[4])) {
      throw IamErrors.SIMULATION_INVALID_ARN.exception(arn);
    }
    String account = parts[4];
    String resource = parts[5];
    if (resource.equals("root")) {
      return RequestPrincipal.root(account, parts[1]);
    }
    if (resource.startsWith("user/") || resource.startsWith("group/")) {
      return RequestPrincipal.user(arn, account);
    }
    if (resource.startsWith("role/")) {
      return RequestPrincipal.roleSession(arn, account, arn);
    }
    throw IamErrors.SIMULATION_INVALID_ARN.exception(arn);
  }

  /** A caller for a simulation that names none: nobody a resource policy could name. */
  static RequestPrincipal unnamed(AccountId account) {
    return new RequestPrincipal(RequestPrincipal.Kind.USER, "", account.value(), null);
  }

  /**
   * The account of {@code ResourceOwner}: an account id or its root ARN.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for anything else
   */
  static String owner(String resourceOwner) {
    if (AccountId.isValid(resourceOwner)) {
      return resourceOwner;
    }
    String[] parts = resourceOwner.split(":", -1);
    if (parts.length == 6
        && parts[0].equals("arn")
        && parts[2].equals("iam")
        && AccountId.isValid(parts[4])
        && parts[5].equals("root")) {
      return parts[4];
    }
    throw IamErrors.SIMULATION_INVALID_ARN.exception(resourceOwner);
  }
}
