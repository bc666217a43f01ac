package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moto4j.core.protocol.query.Shape;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/** Holds the service's declarations to AWS's IAM model ({@code aws-models/iam}). */
class IamModelTest {

  private static JsonNode model;

  @BeforeAll
  static void readModel() throws IOException {
    Path file = Path.of(System.getProperty("moto.root"), "aws-models", "iam", "service-2.json");
    model = new ObjectMapper().readTree(file.toFile());
  }

  @Test
  void the_listed_actions_are_exactly_the_models_operations() {
    Set<String> operations = new TreeSet<>();
    model.get("operations").fieldNames().forEachRemaining(operations::add);

    assertThat(operations).hasSize(176);
    assertThat(new TreeSet<>(new IamService().queryActions())).isEqualTo(operations);
  }

  @Test
  void the_descriptor_is_the_models_protocol_namespace_and_version() {
    JsonNode metadata = model.get("metadata");

    assertThat(IamService.DESCRIPTOR.name()).isEqualTo(metadata.get("endpointPrefix").asText());
    assertThat(IamService.DESCRIPTOR.xmlNamespace())
        .isEqualTo(metadata.get("xmlNamespace").asText());
    assertThat(IamService.DESCRIPTOR.apiVersion()).isEqualTo(metadata.get("apiVersion").asText());
    assertThat(metadata.get("protocol").asText()).isEqualTo("query");
    assertThat(IamService.DESCRIPTOR.global()).isTrue();
  }

  @Test
  void every_error_code_and_status_is_one_of_the_models_error_shapes() {
    Map<String, Integer> modelErrors = new HashMap<>();
    model
        .get("shapes")
        .forEach(
            shape -> {
              JsonNode error = shape.get("error");
              if (error != null && error.has("code")) {
                modelErrors.put(error.get("code").asText(), error.get("httpStatusCode").asInt());
              }
            });
    // Exceptions the model declares without an error trait (the Organizations ones) are sent
    // under their shape name with the query protocol's default status, 400.
    model
        .get("shapes")
        .fields()
        .forEachRemaining(
            shape -> {
              JsonNode declared = shape.getValue();
              if (declared.path("exception").asBoolean() && !declared.has("error")) {
                modelErrors.put(shape.getKey(), 400);
              }
            });
    // AWS's common error for a member breaking its model constraints; the model lists none.
    modelErrors.put("ValidationError", 400);

    for (IamErrors error : IamErrors.values()) {
      assertThat(modelErrors).as(error.name()).containsEntry(error.code(), error.status());
    }
  }

  @Test
  void every_shape_constraint_is_the_models() throws IllegalAccessException {
    JsonNode shapes = model.get("shapes");
    List<String> checked = new ArrayList<>();
    for (Field field : IamShapes.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Shape.class) {
        continue;
      }
      Shape shape = (Shape) field.get(null);
      JsonNode declared = shapes.get(shape.name());
      assertThat(declared).as(shape.name()).isNotNull();
      assertThat(integer(declared, "min")).as(shape.name() + ".min").isEqualTo(shape.min());
      assertThat(integer(declared, "max")).as(shape.name() + ".max").isEqualTo(shape.max());
      assertThat(declared.has("pattern") ? declared.get("pattern").asText() : null)
          .as(shape.name() + ".pattern")
          .isEqualTo(shape.pattern());
      List<String> values = new ArrayList<>();
      if (declared.has("enum")) {
        declared.get("enum").forEach(value -> values.add(value.asText()));
      }
      assertThat(values).as(shape.name() + ".enum").isEqualTo(shape.values());
      assertThat(shape.sensitive())
          .as(shape.name() + ".sensitive")
          .isEqualTo(declared.path("sensitive").asBoolean());
      checked.add(shape.name());
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(13);
  }

  private static Integer integer(JsonNode shape, String name) {
    return shape.has(name) ? shape.get(name).asInt() : null;
  }
}
