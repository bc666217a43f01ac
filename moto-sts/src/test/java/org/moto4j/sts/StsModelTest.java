package org.moto4j.sts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.protocol.query.Shape;

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
      if (!(field.get(null) instanceof Shape declared)) {
        continue;
      }
      JsonNode shape = shapes.get(declared.name());
      switch (declared.kind()) {
        case STRING -> {
          assertThat(shape).as(declared.name()).isNotNull();
          assertThat(declared.min())
              .as(declared.name() + " min")
              .isEqualTo(intOrNull(shape, "min"));
          assertThat(declared.max())
              .as(declared.name() + " max")
              .isEqualTo(intOrNull(shape, "max"));
          if (declared.pattern() != null || shape.has("pattern")) {
            assertThat(declared.pattern())
                .as(declared.name() + " pattern")
                .isEqualTo(shape.path("pattern").asText());
          }
          assertThat(declared.sensitive())
              .as(declared.name() + " sensitive")
              .isEqualTo(shape.path("sensitive").asBoolean());
        }
        case INTEGER -> {
          assertThat(declared.min()).as(declared.name()).isEqualTo(shape.get("min").asInt());
          assertThat(declared.max()).as(declared.name()).isEqualTo(shape.get("max").asInt());
        }
        case LIST -> {
          assertThat(declared.min()).as(declared.name()).isEqualTo(intOrNull(shape, "min"));
          assertThat(declared.max()).as(declared.name()).isEqualTo(intOrNull(shape, "max"));
        }
        case ENUM -> {
          List<String> values = new ArrayList<>();
          shape.path("enum").forEach(value -> values.add(value.asText()));
          assertThat(declared.values()).as(declared.name()).isEqualTo(values);
        }
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(25);
  }

  private static Integer intOrNull(JsonNode shape, String name) {
    return shape.has(name) ? shape.get(name).asInt() : null;
  }
}
