package org.moto4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void parses_names_values_bare_names_and_repeats_in_order() {
    Map<String, List<String>> parsed = QueryString.parse("uploads&a=1&b=x+y%2Bz&a=2&empty=");
    assertThat(parsed)
        .containsExactly(
            Map.entry("uploads", List.of("")),
            Map.entry("a", List.of("1", "2")),
            Map.entry("b", List.of("x y+z")),
            Map.entry("empty", List.of("")));
  }

  @Test
  void decodes_utf8_and_keeps_plus_in_paths() {
    assertThat(QueryString.decode("caf%C3%A9+%E2%82%AC", false)).isEqualTo("café+€");
    assertThat(QueryString.decode("caf%C3%A9+%E2%82%AC", true)).isEqualTo("café €");
  }

  @Test
  void malformed_escapes_are_refused() {
    assertThatThrownBy(() -> QueryString.parse("a=%ZZ"))
        .isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> QueryString.decode("%4", false))
        .isInstanceOf(MalformedRequestException.class);
  }
}
