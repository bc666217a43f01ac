package org.moto4j.core.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.moto4j.core.protocol.AwsException;

class ValidationTest {

  private static final Shape ARN = Shape.string("arnType", 20, 2048, null);
  private static final Shape SESSION_NAME =
      Shape.string("roleSessionNameType", 2, 64, "[\\w+=,.@-]*");
  private static final Shape USER_NAME = Shape.string("userNameType", 1, 64, "[\\w+=,.@-]+");
  private static final Shape TOKEN = Shape.string("clientTokenType", 4, 20000, null).asSensitive();
  private static final Shape DURATION = Shape.integer("roleDurationSecondsType", 900, 43200);
  private static final Shape STATUS =
      Shape.enumeration("statusType", "Active", "Inactive", "Expired");
  private static final Shape TAG_KEY =
      Shape.string("tagKeyType", 1, 128, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  private static final Shape TAG_VALUE =
      Shape.string("tagValueType", 0, 256, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
  private static final Shape TAG_KEYS = Shape.list("tagKeyListType", 1, 2);
  private static final Shape TAGS = Shape.list("tagListType", null, 2);

  @Test
  void valid_members_read_as_sent_and_check_passes() {
    Validation input =
        validation(
            "RoleArn", "arn:aws:iam::123456789012:role/r",
            "RoleSessionName", "session",
            "DurationSeconds", " 3600 ");

    assertThat(input.required("RoleArn", ARN)).isEqualTo("arn:aws:iam::123456789012:role/r");
    assertThat(input.required("RoleSessionName", SESSION_NAME)).isEqualTo("session");
    assertThat(input.integer("DurationSeconds", DURATION)).isEqualTo(3600);
    assertThat(input.optional("ExternalId", SESSION_NAME)).isNull();
    assertThat(input.integer("Absent", DURATION)).isNull();
    assertThat(input.isValid()).isTrue();
    assertThatCode(input::check).doesNotThrowAnyException();
  }

  @Test
  void one_violation_is_a_ValidationError_naming_the_member_in_lower_camel_case() {
    Validation input = validation("RoleSessionName", "a");
    input.required("RoleSessionName", SESSION_NAME);

    assertThat(failure(input))
        .isEqualTo(
            "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 2");
  }

  @Test
  void every_violation_is_listed_in_the_order_the_members_were_read() {
    Validation input = validation("RoleSessionName", "a b", "DurationSeconds", "60");
    input.required("RoleArn", ARN);
    input.required("RoleSessionName", SESSION_NAME);
    input.integer("DurationSeconds", DURATION);

    assertThat(failure(input))
        .isEqualTo(
            "3 validation errors detected: Value null at 'roleArn' failed to satisfy constraint:"
                + " Member must not be null; Value 'a b' at 'roleSessionName' failed to satisfy"
                + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*;"
                + " Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have"
                + " value greater than or equal to 900");
  }

  @Test
  void a_value_breaking_length_and_pattern_is_two_violations_length_first() {
    Validation input = validation("UserName", "");
    input.required("UserName", USER_NAME);

    assertThat(failure(input))
        .isEqualTo(
            "2 validation errors detected: Value '' at 'userName' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 1; Value '' at 'userName'"
                + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\w+=,.@-]+");
  }

  @Test
  void a_sensitive_member_is_never_echoed_even_when_missing() {
    Validation tooShort = validation("WebIdentityToken", "abc");
    tooShort.required("WebIdentityToken", TOKEN);
    Validation missing = validation();
    missing.required("WebIdentityToken", TOKEN);

    assertThat(failure(tooShort))
        .isEqualTo(
            "1 validation error detected: Value at 'webIdentityToken' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 4")
        .doesNotContain("abc");
    assertThat(failure(missing))
        .isEqualTo(
            "1 validation error detected: Value at 'webIdentityToken' failed to satisfy"
                + " constraint: Member must not be null");
  }

  @Test
  void an_integer_that_is_no_number_is_a_violation_and_reads_as_null() {
    Validation input = validation("MaxItems", "ten", "DurationSeconds", "43201");

    assertThat(input.integer("MaxItems", Shape.integer("maxItemsType", 1, 1000))).isNull();
    assertThat(input.integer("DurationSeconds", DURATION)).isEqualTo(43201);
    assertThat(input.violations())
        .containsExactly(
            "Value 'ten' at 'maxItems' failed to satisfy constraint: Member must be a number",
            "Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have"
                + " value less than or equal to 43200");
  }

  @Test
  void an_integer_beyond_int_is_out_of_range_and_reads_as_null() {
    Validation input = validation("DurationSeconds", "99999999999");

    assertThat(input.integer("DurationSeconds", DURATION)).isNull();
    assertThat(input.violations())
        .containsExactly(
            "Value '99999999999' at 'durationSeconds' failed to satisfy constraint: Member must"
                + " have value less than or equal to 43200");
  }

  @Test
  void an_enum_member_names_the_value_set() {
    Validation input = validation("Status", "Paused");

    assertThat(input.required("Status", STATUS)).isEqualTo("Paused");
    assertThat(failure(input))
        .isEqualTo(
            "1 validation error detected: Value 'Paused' at 'status' failed to satisfy"
                + " constraint: Member must satisfy enum value set: [Active, Inactive, Expired]");
  }

  @Test
  void a_list_of_strings_reads_in_index_order_and_names_each_element() {
    Validation input =
        validation(
            "TagKeys.member.2", "bad#key", "TagKeys.member.1", "ok", "TagKeys.member.x", "?");

    assertThat(input.strings("TagKeys", TAG_KEYS, TAG_KEY, true)).containsExactly("ok", "bad#key");
    assertThat(input.violations())
        .containsExactly(
            "Value 'bad#key' at 'tagKeys.2.member' failed to satisfy constraint: Member must"
                + " satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
  }

  @Test
  void an_absent_list_reads_as_null_and_a_required_one_is_a_violation() {
    Validation input = validation();

    assertThat(input.strings("Audience", TAG_KEYS, TAG_KEY, true)).isNull();
    assertThat(input.strings("TagKeys", TAG_KEYS, TAG_KEY, false)).isNull();
    assertThat(input.structures("Tags", TAGS, false)).isNull();
    assertThat(input.tags("Tags", TAGS, TAG_KEY, TAG_VALUE, false)).isNull();
    assertThat(input.violations())
        .containsExactly(
            "Value null at 'audience' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void an_empty_list_is_sent_as_the_bare_member_and_checked_for_size() {
    Validation input = validation("TagKeys", "");

    assertThat(input.strings("TagKeys", TAG_KEYS, TAG_KEY, true)).isEmpty();
    assertThat(input.violations())
        .containsExactly(
            "Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length"
                + " greater than or equal to 1");
  }

  @Test
  void a_list_over_its_size_shows_its_values() {
    Validation input =
        validation("TagKeys.member.1", "a", "TagKeys.member.2", "b", "TagKeys.member.3", "c");
    input.strings("TagKeys", TAG_KEYS, TAG_KEY, true);

    assertThat(input.violations())
        .containsExactly(
            "Value '[a, b, c]' at 'tagKeys' failed to satisfy constraint: Member must have length"
                + " less than or equal to 2");
  }

  @Test
  void tags_read_as_complete_pairs_and_name_each_broken_field() {
    Validation input =
        validation(
            "Tags.member.1.Key", "team",
            "Tags.member.1.Value", "blue",
            "Tags.member.2.Key", "bad#key");

    List<Map.Entry<String, String>> tags = input.tags("Tags", TAGS, TAG_KEY, TAG_VALUE, true);

    assertThat(tags).containsExactly(Map.entry("team", "blue"));
    assertThat(failure(input))
        .isEqualTo(
            "2 validation errors detected: Value 'bad#key' at 'tags.2.member.key' failed to"
                + " satisfy constraint: Member must satisfy regular expression pattern:"
                + " [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+; Value null at 'tags.2.member.value' failed to"
                + " satisfy constraint: Member must not be null");
  }

  @Test
  void structure_fields_may_be_optional() {
    Validation input =
        validation(
            "ProvidedContexts.member.1.ProviderArn", "short",
            "ProvidedContexts.member.2.ContextAssertion", "abcd");
    Shape contexts = Shape.list("ProvidedContextsListType", 1, 5);

    List<Map<String, String>> structures = input.structures("ProvidedContexts", contexts, false);
    assertThat(structures).hasSize(2);
    assertThat(input.optionalField("ProvidedContexts", 0, structures.get(0), "ProviderArn", ARN))
        .isEqualTo("short");
    assertThat(input.optionalField("ProvidedContexts", 1, structures.get(1), "ProviderArn", ARN))
        .isNull();
    assertThat(input.violations())
        .containsExactly(
            "Value 'short' at 'providedContexts.1.member.providerArn' failed to satisfy"
                + " constraint: Member must have length greater than or equal to 20");
  }

  @Test
  void an_operations_own_rules_are_worded_as_aws_words_them() {
    Validation input = validation();
    input.violation("PolicyArns", "[11 items]", "Member must have length less than or equal to 10");
    input.missing("TaskPolicyArn");
    input.violation("Duplicate tag keys found. Please note that Tag keys are case insensitive.");

    assertThat(failure(input))
        .isEqualTo(
            "3 validation errors detected: Value '[11 items]' at 'policyArns' failed to satisfy"
                + " constraint: Member must have length less than or equal to 10; Value null at"
                + " 'taskPolicyArn' failed to satisfy constraint: Member must not be null;"
                + " Duplicate tag keys found. Please note that Tag keys are case insensitive.");
  }

  @Test
  void member_names_are_lower_camel_case_down_to_nested_members() {
    assertThat(Validation.memberName("RoleArn")).isEqualTo("roleArn");
    assertThat(Validation.memberName("TaskPolicyArn.arn")).isEqualTo("taskPolicyArn.arn");
    assertThat(Validation.memberName("SAMLAssertion")).isEqualTo("sAMLAssertion");
    assertThat(Validation.memberName("")).isEmpty();
  }

  @Property
  void any_duration_within_the_range_reads_back_with_no_violation(
      @ForAll @IntRange(min = 900, max = 43200) int seconds) {
    Validation input = validation("DurationSeconds", Integer.toString(seconds));

    assertThat(input.integer("DurationSeconds", DURATION)).isEqualTo(seconds);
    assertThat(input.isValid()).isTrue();
  }

  private static Validation validation(String... nameValues) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      parameters.put(nameValues[i], nameValues[i + 1]);
    }
    return new Validation(QueryRequest.of(parameters));
  }

  private static String failure(Validation input) {
    AwsException error = catchThrowableOfType(input::check, AwsException.class);
    assertThat(error).as("a ValidationError").isNotNull();
    assertThat(error.code()).isEqualTo("ValidationError");
    assertThat(error.status()).isEqualTo(400);
    return error.getMessage();
  }
}
