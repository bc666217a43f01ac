package org.moto4j.s3.internal.cors;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * An allowed origin or header with one {@code *} matches exactly the values that start with what
 * precedes the star and end with what follows it, without the two overlapping.
 */
class CorsRulePropertiesTest {

  @Property(tries = 500)
  void a_wildcard_stands_for_any_run_of_characters(
      @ForAll @StringLength(max = 6) String prefix,
      @ForAll @StringLength(max = 6) String middle,
      @ForAll @StringLength(max = 6) String suffix) {
    String before = prefix.replace("*", "");
    String after = suffix.replace("*", "");
    assertThat(CorsRule.matches(before + "*" + after, before + middle + after)).isTrue();
    assertThat(CorsRule.matches(before + after, before + middle + after))
        .isEqualTo(middle.isEmpty());
  }

  @Property(tries = 300)
  void a_value_shorter_than_the_fixed_parts_never_matches(
      @ForAll @StringLength(min = 1, max = 6) String part) {
    String fixed = part.replace("*", "x");
    assertThat(CorsRule.matches(fixed + "*" + fixed, fixed)).isFalse();
  }
}
