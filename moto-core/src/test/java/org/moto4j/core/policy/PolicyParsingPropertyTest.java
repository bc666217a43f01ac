package org.moto4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text arrives, parsing accepts it or refuses it with IAM's message: nothing else. */
class PolicyParsingPropertyTest {

  private static final String VALID =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\","
          + "\"Action\":[\"s3:Get*\"],\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":"
          + "{\"DateLessThan\":{\"aws:CurrentTime\":\"2030-01-01T00:00:00Z\"}}}]}";

  @Provide
  Arbitrary<String> mutatedPolicies() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<Character> replacement =
        Arbitraries.of('{', '}', '[', ']', '"', ':', ',', '*', 'x', ' ', '1');
    return net.jqwik.api.Combinators.combine(position, position, replacement)
        .as(
            (at, to, c) ->
                VALID.substring(0, Math.min(at, to)) + c + VALID.substring(Math.max(at, to)));
  }

  @Property(tries = 300)
  void a_mutated_policy_parses_or_fails_with_a_message(@ForAll("mutatedPolicies") String json) {
    for (PolicyKind kind : PolicyKind.values()) {
      try {
        assertThat(PolicyDocument.parse(json, kind).json()).isEqualTo(json);
      } catch (MalformedPolicyException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
  }

  @Property(tries = 300)
  void any_text_parses_or_fails_with_a_message(@ForAll String text) {
    try {
      PolicyDocument.parse(text, PolicyKind.IDENTITY);
    } catch (MalformedPolicyException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
