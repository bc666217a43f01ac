package org.moto4j.iam.internal.role;

import org.moto4j.core.policy.MalformedPolicyException;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.iam.internal.IamErrors;

/**
 * Checks a role's trust policy ({@code AssumeRolePolicyDocument}) against the policy grammar, as
 * {@code CreateRole} and {@code UpdateAssumeRolePolicy} do.
 */
final class TrustPolicies {

  private TrustPolicies() {}

  /**
   * Checks {@code document}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedPolicyDocument} with AWS's
   *     message when it is no valid trust policy
   */
  static void check(String document) {
    try {
      PolicyDocument.parse(document, PolicyKind.TRUST);
    } catch (MalformedPolicyException e) {
      // Core's grammar words the refusal as IAM does; IAM answers it as its own error code.
      throw IamErrors.MALFORMED_POLICY_DOCUMENT.exception(e.getMessage());
    }
  }
}
