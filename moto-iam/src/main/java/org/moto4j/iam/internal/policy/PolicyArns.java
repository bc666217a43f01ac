package org.moto4j.iam.internal.policy;

import java.util.regex.Pattern;
import org.moto4j.iam.internal.IamErrors;

/** The shape of managed-policy ARNs, such as a permissions boundary names. */
public final class PolicyArns {

  private static final Pattern POLICY_ARN =
      Pattern.compile("arn:[a-z][a-z0-9-]*:iam::(aws|\\d{12}):policy/[\\u0021-\\u007E]+");

  private PolicyArns() {}

  /**
   * Checks that {@code arn} has the shape of a managed policy's ARN. Whether the policy exists is
   * {@link Policies#get} and {@link Policies#attachable}'s business.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} when it cannot
   */
  public static String check(String arn) {
    if (!POLICY_ARN.matcher(arn).matches()) {
      throw IamErrors.INVALID_POLICY_ARN.exception(arn);
    }
    return arn;
  }
}
