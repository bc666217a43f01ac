package org.moto4j.s3.internal.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

  @Test
  void names_match_in_any_case_and_keep_their_first_spelling() {
    FormFields fields = new FormFields();
    fields.add("X-Amz-Meta-Tag", "Ninja");
    fields.add("x-amz-meta-tag", "Stallman");
    fields.add("Key", "k");
    assertThat(fields.get("x-amz-meta-TAG")).isEqualTo("Ninja,Stallman");
    assertThat(fields.has("KEY")).isTrue();
    assertThat(fields.has("policy")).isFalse();
    assertThat(fields.asMap())
        .containsExactly(Map.entry("X-Amz-Meta-Tag", "Ninja,Stallman"), Map.entry("Key", "k"));
  }

  @Test
  void filename_is_expanded_in_every_field() {
    FormFields fields = new FormFields();
    fields.add("key", "uploads/${filename}");
    fields.add("x-amz-meta-name", "${filename} and ${filename}");
    fields.expandFilename("cat.jpg");
    assertThat(fields.get("key")).isEqualTo("uploads/cat.jpg");
    assertThat(fields.get("x-amz-meta-name")).isEqualTo("cat.jpg and cat.jpg");
  }
}
