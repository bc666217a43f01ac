package org.moto4j.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moto4j.core.policy.ApplicablePolicies;
import org.moto4j.core.policy.AuthorizationRequest;
import org.moto4j.core.policy.Evaluation;
import org.moto4j.core.policy.PolicyEvaluator;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.core.protocol.Protocol;

/** AccessDenied messages per protocol, and moto's counting of INITIAL_NO_AUTH_ACTION_COUNT. */
class AccessDenialsTest {

  private static final RequestPrincipal ALICE =
      RequestPrincipal.user("arn:aws:iam::111111111111:user/alice", "111111111111");

  private static Evaluation nothingAllows() {
    return PolicyEvaluator.evaluate(
        AuthorizationRequest.builder(ALICE)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::b/k")
            .build(),
        ApplicablePolicies.identity(List.of()));
  }

  @Test
  void s3_quotes_the_resource_for_its_own_account_and_says_only_access_denied_otherwise() {
    assertThat(
            AccessDenials.message(
                Protocol.REST_XML,
                ALICE,
                "s3:GetObject",
                "arn:aws:s3:::b/k",
                false,
                nothingAllows(),
                false))
        .isEqualTo(
            "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: s3:GetObject"
                + " on resource: \"arn:aws:s3:::b/k\" because no identity-based policy allows the"
                + " s3:GetObject action");
    assertThat(
            AccessDenials.message(
                Protocol.REST_XML,
                ALICE,
                "s3:GetObject",
                "arn:aws:s3:::b/k",
                true,
                nothingAllows(),
                false))
        .isEqualTo("Access Denied");
    assertThat(
            AccessDenials.message(
                Protocol.REST_XML,
                RequestPrincipal.anonymous(),
                "s3:GetObject",
                "arn:aws:s3:::b/k",
                false,
                nothingAllows(),
                false))
        .isEqualTo("Access Denied");
  }

  @Test
  void a_trust_policy_refusal_gives_no_reason() {
    assertThat(
            AccessDenials.message(
                Protocol.QUERY,
                ALICE,
                "sts:AssumeRole",
                "arn:aws:iam::222222222222:role/r",
                true,
                nothingAllows(),
                true))
        .isEqualTo(
            "User: arn:aws:iam::111111111111:user/alice is not authorized to perform:"
                + " sts:AssumeRole on resource: arn:aws:iam::222222222222:role/r");
  }

  @Test
  void counts_are_read_as_python_floats_and_written_back_as_moto_writes_them() {
    assertThat(AccessControl.parseCount("5")).isEqualTo(5);
    assertThat(AccessControl.parseCount(" 5.0\n")).isEqualTo(5);
    assertThat(AccessControl.parseCount("2.5")).isEqualTo(3);
    assertThat(AccessControl.parseCount("inf")).isEqualTo(EnforcementSwitch.NEVER);
    assertThat(AccessControl.parseCount("-1")).isZero();
    assertThatThrownBy(() -> AccessControl.parseCount("five"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(AccessControl.pythonFloat(EnforcementSwitch.NEVER)).isEqualTo("inf");
    assertThat(AccessControl.pythonFloat(3)).isEqualTo("3.0");
  }

  @Test
  void the_switch_lets_exactly_the_first_n_requests_through() {
    EnforcementSwitch enforcement = new EnforcementSwitch(2);
    assertThat(enforcement.checkNext()).isFalse();
    assertThat(enforcement.checkNext()).isFalse();
    assertThat(enforcement.checkNext()).isTrue();
    assertThat(enforcement.checkNext()).isTrue();
    assertThat(enforcement.reset(EnforcementSwitch.NEVER)).isEqualTo(2);
    assertThat(enforcement.checkNext()).isFalse();
  }
}
