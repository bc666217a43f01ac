package org.moto4j.core.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ShapeTest {

  /** IAM's {@code userNameType}. */
  private static final Shape USER_NAME = Shape.string("userNameType", 1, 64, "[\\w+=,.@-]+");

  /** STS's {@code arnType}, whose pattern names code points beyond the BMP. */
  private static final Shape ARN = modelShape("sts", "arnType");

  @Test
  void a_value_breaking_length_and_pattern_reports_the_length_first() {
    assertThat(USER_NAME.violations(""))
        .containsExactly(
            "Member must have length greater than or equal to 1",
            "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    assertThat(USER_NAME.violations("a b".repeat(22)))
        .containsExactly(
            "Member must have length less than or equal to 64",
            "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
  }

  @Test
  void length_counts_code_points_not_utf16_units() {
    Shape twoChars = Shape.string("twoType", 2, 2, null);

    assertThat(twoChars.accepts("😀😀")).isTrue();
    assertThat(twoChars.violations("😀"))
        .containsExactly("Member must have length greater than or equal to 2");
  }

  @Test
  void a_pattern_naming_code_points_beyond_the_bmp_matches_them() {
    assertThat(ARN.accepts("arn:aws:iam::123456789012:role/😀")).isTrue();
    assertThat(ARN.violations("arn:aws:iam::123456789012:role/\u0001"))
        .containsExactly("Member must satisfy regular expression pattern: " + ARN.pattern());
  }

  @Test
  void the_java_regex_converts_only_escapes_of_supplementary_code_points() {
    assertThat(Shape.javaRegex("[\\u0020-\\u007E\\u10000-\\u10FFFF]+"))
        .isEqualTo("[\\u0020-\\u007E\\x{10000}-\\x{10FFFF}]+");
    // Four digits and a literal hex letter: Java's reading, U+0041 then B, is kept.
    assertThat(Shape.javaRegex("\\u0041B")).isEqualTo("\\u0041B");
    // An escaped backslash followed by a u is no escape at all.
    assertThat(Shape.javaRegex("\\\\u10000")).isEqualTo("\\\\u10000");
    assertThat(Shape.javaRegex("[\\w+=,.@-]*")).isEqualTo("[\\w+=,.@-]*");
  }

  @Test
  void the_pattern_is_reported_as_the_model_writes_it() {
    assertThat(ARN.pattern()).contains("\\u10000-\\u10FFFF");
    assertThat(ARN.violations("short"))
        .containsExactly("Member must have length greater than or equal to 20");
  }

  @Test
  void an_enum_names_its_values_in_the_models_order() {
    Shape status = Shape.enumeration("statusType", "Active", "Inactive", "Expired");

    assertThat(status.accepts("Inactive")).isTrue();
    assertThat(status.violations("Paused"))
        .containsExactly("Member must satisfy enum value set: [Active, Inactive, Expired]");
    assertThat(status.values()).containsExactly("Active", "Inactive", "Expired");
    assertThat(status.kind()).isEqualTo(Shape.Kind.ENUM);
  }

  @Test
  void integer_and_list_bounds_are_worded_as_value_and_length() {
    Shape duration = Shape.integer("durationSecondsType", 900, 129600);
    Shape tags = Shape.list("tagListType", null, 50);
    Shape contexts = Shape.list("ProvidedContextsListType", 1, 5);

    assertThat(duration.violations(60))
        .containsExactly("Member must have value greater than or equal to 900");
    assertThat(duration.violations(129601))
        .containsExactly("Member must have value less than or equal to 129600");
    assertThat(duration.violations(3600)).isEmpty();
    assertThat(tags.sizeViolations(51))
        .containsExactly("Member must have length less than or equal to 50");
    assertThat(tags.sizeViolations(0)).isEmpty();
    assertThat(contexts.sizeViolations(0))
        .containsExactly("Member must have length greater than or equal to 1");
  }

  @Test
  void a_sensitive_shape_keeps_its_constraints() {
    Shape token = Shape.string("clientTokenType", 4, 20000, null).asSensitive();

    assertThat(token.sensitive()).isTrue();
    assertThat(token.name()).isEqualTo("clientTokenType");
    assertThat(token.min()).isEqualTo(4);
    assertThat(token.max()).isEqualTo(20000);
    assertThat(USER_NAME.sensitive()).isFalse();
  }

  @Test
  void asking_a_shape_about_the_wrong_kind_of_value_is_a_programming_error() {
    Shape duration = Shape.integer("durationSecondsType", 900, 129600);
    Shape tags = Shape.list("tagListType", null, 50);

    assertThatThrownBy(() -> duration.violations("3600"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("durationSecondsType");
    assertThatThrownBy(() -> USER_NAME.violations(3600L)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> duration.sizeViolations(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tags.violations(1L)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void every_pattern_of_the_aws_models_reads_as_a_java_regex() throws IOException {
    int patterns = 0;
    for (String service : List.of("s3", "sts", "iam")) {
      Iterator<Map.Entry<String, JsonNode>> shapes = model(service).get("shapes").fields();
      while (shapes.hasNext()) {
        Map.Entry<String, JsonNode> shape = shapes.next();
        String pattern = shape.getValue().path("pattern").asText(null);
        if (pattern != null) {
          Shape read = Shape.string(shape.getKey(), null, null, pattern);
          assertThat(read.pattern()).as(service + " " + shape.getKey()).isEqualTo(pattern);
          patterns++;
        }
      }
    }
    assertThat(patterns).isGreaterThan(50);
  }

  @Property
  void any_name_within_the_bounds_and_pattern_breaks_nothing(
      @ForAll
          @AlphaChars
          @NumericChars
          @Chars({'_', '+', '=', ',', '.', '@', '-'})
          @StringLength(min = 1, max = 64)
          String name) {
    assertThat(USER_NAME.violations(name)).isEmpty();
    assertThat(USER_NAME.accepts(name)).isTrue();
  }

  @Property
  void any_name_with_a_character_outside_the_pattern_breaks_only_the_pattern(
      @ForAll @AlphaChars @StringLength(min = 0, max = 62) String name,
      @ForAll("outsideTheNamePattern") char outside) {
    assertThat(USER_NAME.violations(name + outside))
        .containsExactly("Member must satisfy regular expression pattern: [\\w+=,.@-]+");
  }

  @Provide
  Arbitrary<Character> outsideTheNamePattern() {
    return Arbitraries.of(' ', '/', '!', '#', '*', ':', '\u00e9');
  }

  @Property(tries = 200)
  void any_arn_of_allowed_code_points_within_the_bounds_breaks_nothing(
      @ForAll("allowedCodePoints") List<Integer> codePoints) {
    StringBuilder arn = new StringBuilder();
    codePoints.forEach(arn::appendCodePoint);

    assertThat(ARN.violations(arn.toString())).isEmpty();
  }

  @Provide
  Arbitrary<List<Integer>> allowedCodePoints() {
    return Arbitraries.oneOf(
            Arbitraries.of(0x09, 0x0A, 0x0D, 0x85),
            Arbitraries.integers().between(0x20, 0x7E),
            Arbitraries.integers().between(0xA0, 0xD7FF),
            Arbitraries.integers().between(0xE000, 0xFFFD),
            Arbitraries.integers().between(0x10000, 0x10FFFF))
        .list()
        .ofMinSize(20)
        .ofMaxSize(300);
  }

  private static Shape modelShape(String service, String name) {
    try {
      JsonNode shape = model(service).get("shapes").get(name);
      return Shape.string(
          name, shape.get("min").asInt(), shape.get("max").asInt(), shape.get("pattern").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode model(String service) throws IOException {
    Path file = Path.of(System.getProperty("moto.root"), "aws-models", service, "service-2.json");
    return new ObjectMapper().readTree(file.toFile());
  }
}
