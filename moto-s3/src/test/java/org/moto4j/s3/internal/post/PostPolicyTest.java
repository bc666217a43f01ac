package org.moto4j.s3.internal.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moto4j.core.protocol.AwsException;

class PostPolicyTest {

  private static final String EXPIRES = "\"expiration\": \"2030-01-01T00:00:00.000Z\"";

  @Test
  void a_policy_reads_its_expiration_with_or_without_a_fraction() {
    PostPolicy millis = PostPolicy.parse(encode("{" + EXPIRES + ", \"conditions\": []}"));
    assertThatCode(() -> millis.checkNotExpired(Instant.parse("2030-01-01T00:00:00Z")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> millis.checkNotExpired(Instant.parse("2030-01-01T00:00:00.001Z")))
        .satisfies(
            e ->
                assertError(
                    e, "AccessDenied", 403, "Invalid according to Policy: Policy expired."));
    PostPolicy seconds =
        PostPolicy.parse(encode("{\"expiration\": \"2030-01-01T00:00:00Z\", \"conditions\": []}"));
    assertThatThrownBy(() -> seconds.checkNotExpired(Instant.parse("2030-01-01T00:00:01Z")))
        .isInstanceOf(AwsException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void a_document_s3_cannot_read_is_an_InvalidPolicyDocument(String json, String message) {
    String policy = json.startsWith("not base64") ? json : encode(json.replace('\'', '"'));
    assertThatThrownBy(() -> PostPolicy.parse(policy))
        .satisfies(e -> assertError(e, "InvalidPolicyDocument", 400, "Invalid Policy: " + message));
  }

  /** Policies S3 refuses to read, with what it says of each (from recordings of S3). */
  static Stream<Arguments> unreadable() {
    String in2030 = "'expiration': '2030-01-01T00:00:00Z'";
    return Stream.of(
        arguments("not base64 !!!", "Invalid JSON."),
        arguments("[1, 2]", "Invalid JSON."),
        arguments("{'Statement': [], " + in2030 + "}", "Unexpected: 'statement'"),
        arguments(
            "{'EXPIRATION': '2030-01-01T00:00:00Z', 'conditions': []}", "Unexpected: 'expiration'"),
        arguments("{'conditions': []}", "Policy missing expiration."),
        arguments(
            "{'expiration': '2011-09-13T07:52:58+02:00', 'conditions': []}",
            "Invalid 'expiration' value: '2011-09-13T07:52:58+02:00'"),
        arguments(
            "{'expiration': '2015-10-17 03:15:59 UTC', 'conditions': []}",
            "Invalid 'expiration' value: '2015-10-17 03:15:59 UTC'"),
        arguments("{" + in2030 + "}", "Policy missing conditions."),
        arguments(
            "{" + in2030 + ", 'conditions': {}}", "Invalid 'conditions' value: must be a List."),
        arguments(conditions("{}"), SIMPLE_CONDITION_SIZE),
        arguments(conditions("{'a': '1', 'b': '2'}"), SIMPLE_CONDITION_SIZE),
        arguments(
            conditions("{'Content-Length': 6199034}"),
            "Invalid Simple-Condition: value must be a string."),
        arguments(conditions("{'success_action_redirect': null}"), "Invalid JSON."),
        arguments(conditions("[]"), "Invalid Condition: missing operation identifier."),
        arguments(conditions("['in', '$key', 'a']"), "Invalid Condition: unknown operation 'in'."),
        arguments(conditions("['eq', '$key']"), "Invalid eq: wrong number of arguments."),
        arguments(
            conditions("['content-length-range', 0]"),
            "Invalid content-length-range: wrong number of arguments."),
        arguments(conditions("['content-length-range', 0, 512.0]"), "Invalid JSON."),
        arguments(conditions("'key'"), "Invalid condition test: must be a List or Object."));
  }

  private static final String SIMPLE_CONDITION_SIZE =
      "Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.";

  private static String conditions(String condition) {
    return "{'expiration': '2030-01-01T00:00:00Z', 'conditions': [" + condition + "]}";
  }

  @Test
  void exact_and_prefix_conditions_hold_for_the_fields_they_name_in_any_case() {
    PostPolicy policy =
        policy(
            "{'bucket': 'photos'}",
            "['starts-with', '$key', 'user/eric/']",
            "{'acl': 'public-read'}",
            "['eq', '$Success_Action_Status', '201']",
            "['StArTs-WiTh', '$Content-Type', 'image/']",
            "['starts-with', '$x-amz-meta-tag', '']");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("key", "user/eric/cat.jpg");
    fields.put("ACL", "public-read");
    fields.put("success_action_status", "201");
    fields.put("content-type", "image/jpeg,image/png");
    fields.put("x-amz-meta-tag", "");
    fields.put("Policy", "ignored");
    fields.put("X-Amz-Signature", "ignored");
    fields.put("x-ignore-anything", "ignored");
    assertThatCode(() -> policy.checkFields(fields, "photos")).doesNotThrowAnyException();
  }

  @Test
  void a_failed_condition_is_quoted_as_s3_quotes_it() {
    PostPolicy policy = policy("{'key': 'a\\\"b'}", "['starts-with', '$Content-Type', 'image/']");
    assertThatThrownBy(() -> policy.checkFields(Map.of("key", "other"), "b"))
        .satisfies(
            e ->
                assertError(
                    e,
                    "AccessDenied",
                    403,
                    "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\","
                        + " \"a\\\"b\"]"));
    Map<String, String> listed = Map.of("key", "a\"b", "Content-Type", "image/jpg,text/plain");
    assertThatThrownBy(() -> policy.checkFields(listed, "b"))
        .hasMessage(
            "Invalid according to Policy: Policy Condition failed: [\"starts-with\","
                + " \"$Content-Type\", \"image/\"]");
  }

  @Test
  void a_condition_on_a_field_the_form_lacks_fails_even_when_it_allows_anything() {
    PostPolicy policy = policy("['starts-with', '$Content-Type', '']");
    assertThatThrownBy(() -> policy.checkFields(Map.of(), "b"))
        .hasMessageEndingWith("[\"starts-with\", \"$Content-Type\", \"\"]");
  }

  @Test
  void a_condition_without_a_dollar_names_no_field_and_fails() {
    PostPolicy policy = policy("['eq', 'key', 'k']");
    assertThatThrownBy(() -> policy.checkFields(Map.of("key", "k"), "b"))
        .hasMessageEndingWith("[\"eq\", \"key\", \"k\"]");
  }

  @Test
  void the_bucket_condition_is_the_bucket_posted_to_not_a_field() {
    PostPolicy policy = policy("{'bucket': 'photos'}");
    assertThatCode(() -> policy.checkFields(Map.of("bucket", "photos"), "photos"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.checkFields(Map.of("bucket", "photos"), "other"))
        .hasMessageEndingWith("[\"eq\", \"$bucket\", \"photos\"]");
  }

  @Test
  void fields_no_condition_names_are_extra_input_fields_named_as_sent() {
    PostPolicy policy = policy("{'key': 'k'}");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("key", "k");
    fields.put("Content-Type", "text/plain");
    fields.put("x-amz-meta-Note", "n");
    fields.put("AWSAccessKeyId", "AKIA");
    fields.put("signature", "s");
    assertThatThrownBy(() -> policy.checkFields(fields, "b"))
        .satisfies(
            e ->
                assertError(
                    e,
                    "AccessDenied",
                    403,
                    "Invalid according to Policy: Extra input fields: Content-Type,"
                        + " x-amz-meta-Note"));
  }

  @Test
  void content_length_range_reads_numbers_or_numeric_strings_and_fails_on_words() {
    assertThat(policy("['content-length-range', 5, 10]").contentLengthRange())
        .isEqualTo(new PostPolicy.ContentLengthRange(5, 10));
    assertThat(policy("['content-length-range', '5', '10']").contentLengthRange())
        .isEqualTo(new PostPolicy.ContentLengthRange(5, 10));
    assertThat(policy("{'key': 'k'}").contentLengthRange()).isNull();
    PostPolicy words = policy("['content-length-range', 'test', '10']");
    assertThatThrownBy(() -> words.checkFields(Map.of(), "b"))
        .hasMessage(
            "Invalid according to Policy: Policy Condition failed: [\"content-length-range\","
                + " \"test\", \"10\"]");
  }

  private static PostPolicy policy(String... conditions) {
    return PostPolicy.parse(
        encode(
            ("{" + EXPIRES + ", 'conditions': [" + String.join(", ", conditions) + "]}")
                .replace('\'', '"')));
  }

  private static String encode(String json) {
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertError(Throwable e, String code, int status, String message) {
    assertThat(e).isInstanceOf(AwsException.class);
    AwsException error = (AwsException) e;
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.getMessage()).isEqualTo(message);
  }
}
