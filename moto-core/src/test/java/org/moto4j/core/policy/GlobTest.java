package org.moto4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Invariants of policy wildcards. */
class GlobTest {

  @Property(tries = 200)
  void text_without_wildcards_matches_exactly_itself(
      @ForAll @AlphaChars @StringLength(max = 20) String text,
      @ForAll @AlphaChars @StringLength(max = 20) String other) {
    assertThat(Glob.of(text).matches(text, false)).isTrue();
    assertThat(Glob.of(text).matches(other, false)).isEqualTo(text.equals(other));
  }

  @Property(tries = 200)
  void a_star_between_a_prefix_and_a_suffix_matches_anything_between(
      @ForAll @AlphaChars @StringLength(max = 8) String prefix,
      @ForAll @StringLength(max = 12) String middle,
      @ForAll @AlphaChars @StringLength(max = 8) String suffix) {
    assertThat(Glob.of(prefix + "*" + suffix).matches(prefix + middle + suffix, false)).isTrue();
    assertThat(Glob.of("*").matches(middle, false)).isTrue();
  }

  @Property(tries = 200)
  void question_marks_match_exactly_as_many_characters(
      @ForAll @StringLength(max = 10) String text) {
    assertThat(Glob.of("?".repeat(text.length())).matches(text, false)).isTrue();
    assertThat(Glob.of("?".repeat(text.length() + 1)).matches(text, false)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void many_stars_against_a_long_text_answer_quickly() {
    String text = "a".repeat(5000);
    assertThat(Glob.of("*a*a*a*a*a*a*a*a*a*a*b").matches(text, false)).isFalse();
    assertThat(Glob.of("*a*a*a*a*a*a*a*a*a*a*").matches(text, false)).isTrue();
  }

  @Property(tries = 200)
  void substituted_text_is_literal_even_with_wildcard_characters(
      @ForAll @StringLength(max = 10) String value) {
    Glob glob = Glob.builder().wildcards("home/").literal(value + "*").build();
    assertThat(glob.matches("home/" + value + "*", false)).isTrue();
    assertThat(glob.matches("home/" + value + "x", false)).isFalse();
  }
}
