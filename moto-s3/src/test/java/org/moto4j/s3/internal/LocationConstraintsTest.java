package org.moto4j.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moto4j.core.protocol.AwsException;

class LocationConstraintsTest {

  @Test
  void the_valid_constraints_are_the_models() throws IOException {
    JsonNode values =
        new ObjectMapper()
            .readTree(
                Path.of(System.getProperty("moto.root"), "aws-models", "s3", "service-2.json")
                    .toFile())
            .get("shapes")
            .get("BucketLocationConstraint")
            .get("enum");
    Set<String> model = new HashSet<>();
    values.forEach(value -> model.add(value.asText()));
    assertThat(LocationConstraints.VALID).isEqualTo(model);
  }

  @Test
  void us_east_1_creates_anywhere_and_other_regions_only_at_home() {
    assertThat(LocationConstraints.bucketRegion(null, "us-east-1")).isEqualTo("us-east-1");
    assertThat(LocationConstraints.bucketRegion("eu-west-2", "us-east-1")).isEqualTo("eu-west-2");
    assertThat(LocationConstraints.bucketRegion("eu-west-2", "eu-west-2")).isEqualTo("eu-west-2");
    assertThat(LocationConstraints.bucketRegion("EU", "eu-west-1")).isEqualTo("eu-west-1");
    assertThat(code(null, "eu-west-2")).isEqualTo("IllegalLocationConstraintException");
    assertThat(code("eu-west-1", "eu-west-2")).isEqualTo("IllegalLocationConstraintException");
    assertThat(code("us-east-1", "us-east-1")).isEqualTo("InvalidLocationConstraint");
    assertThat(code("us-east-1", "eu-west-2")).isEqualTo("InvalidLocationConstraint");
    assertThat(code("mars-north-1", "us-east-1")).isEqualTo("InvalidLocationConstraint");
  }

  private static String code(String constraint, String region) {
    try {
      LocationConstraints.bucketRegion(constraint, region);
    } catch (AwsException e) {
      return e.code();
    }
    return fail("expected an error for " + constraint + " sent to " + region);
  }
}
