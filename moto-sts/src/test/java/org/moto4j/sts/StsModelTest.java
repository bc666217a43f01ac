package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The STS tables agree with AWS's model, aws-models/sts/service-2.json. */
class StsModelTest {

  private static JsonNode model;

  @BeforeAll
  static void readModel() throws IOException {
    Path path = Path.of(System.getProperty("moto.root"), "aws-models", "sts", "service-2.json");
    model = new ObjectMapper().readTree(path.toFile());
  }

  @Test
  void the_operation_list_is_exactly_the_models() {
    Set<String> operations = new LinkedHashSet<>();
    model.get("operations").fieldNames().forEachRemaining(operations::add);

    assertThat(StsService.OPERATIONS).containsExactlyInAnyOrderElementsOf(operations);
  }

  @Test
  void the_descriptor_matches_the_models_metadata() {
    JsonNode metadata = model.get("metadata");

    assertThat(StsService.DESCRIPTOR.name()).isEqualTo(metadata.get("endpointPrefix").asText());
    assertThat(StsService.DESCRIPTOR.xmlNamespace())
        .isEqualTo(metadata.get("xmlNamespace").asText());
    assertThat(StsService.DESCRIPTOR.apiVersion()).isEqualTo(metadata.get("apiVersion").asText());
    assertThat(StsService.DESCRIPTOR.global()).isTrue();
  }

  @Test
  void every_error_shape_of_the_model_is_in_the_error_table_with_its_status() {
    Map<String, Integer> table = new HashMap<>();
    for (StsErrors error : StsErrors.values()) {
      table.put(error.code(), error.status());
    }
    Map<String, Integer> modelErrors = new HashMap<>();
    model
        .get("shapes")
        .fields()
        .forEachRemaining(
            shape -> {
              JsonNode error = shape.getValue().get("error");
              if (shape.getValue().path("exception").asBoolean() && error != null) {
                modelErrors.put(error.get("code").asText(), error.get("httpStatusCode").asInt());
              }
            });

    assertThat(modelErrors).hasSize(12);
    assertThat(table).containsAllEntriesOf(modelErrors);
  }

  @Test
  void every_validated_shape_has_the_models_constraints() throws IllegalAccessException {
    JsonNode shapes = model.get("shapes");
    int checked = 0;
    for (Field field : StsShapes.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      Object value = field.get(null);
      if (value instanceof StsShapes.StringShape text) {
        JsonNode shape = shapes.get(text.shape());
        assertThat(shape).as(text.shape()).isNotNull();
        assertThat(text.min()).as(text.shape() + " min").isEqualTo(intOrNull(shape, "min"));
        assertThat(text.max()).as(text.shape() + " max").isEqualTo(intOrNull(shape, "max"));
        if (text.pattern() != null || shape.has("pattern")) {
          assertThat(text.pattern())
              .as(text.shape() + " pattern")
              .isEqualTo(shape.path("pattern").asText());
        }
        assertThat(text.sensitive())
            .as(text.shape() + " sensitive")
            .isEqualTo(shape.path("sensitive").asBoolean());
        checked++;
      } else if (value instanceof StsShapes.IntegerShape number) {
        JsonNode shape = shapes.get(number.shape());
        assertThat(number.min()).as(number.shape()).isEqualTo(shape.get("min").asInt());
        assertThat(number.max()).as(number.shape()).isEqualTo(shape.get("max").asInt());
        checked++;
      } else if (value instanceof StsShapes.ListShape list) {
        JsonNode shape = shapes.get(list.shape());
        assertThat(list.min()).as(list.shape()).isEqualTo(intOrNull(shape, "min"));
        assertThat(list.max()).as(list.shape()).isEqualTo(intOrNull(shape, "max"));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(25);
  }

  private static Integer intOrNull(JsonNode shape, String name) {
    return shape.has(name) ? shape.get(name).asInt() : null;
  }
}
