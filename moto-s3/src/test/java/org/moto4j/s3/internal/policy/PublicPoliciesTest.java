package org.moto4j.s3.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyKind;

/** AWS's "meaning of public" for bucket policies, statement shapes one by one. */
class PublicPoliciesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "anyone allowed|Allow|\"*\"||true",
        "AWS * allowed|Allow|{\"AWS\":\"*\"}||true",
        "an account|Allow|{\"AWS\":\"111111111111\"}||false",
        "a service|Allow|{\"Service\":\"logging.s3.amazonaws.com\"}||false",
        "anyone denied|Deny|\"*\"||false",
        "anyone from a fixed address|Allow|\"*\"|{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}|false",
        "anyone from anywhere|Allow|\"*\"|{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}|true",
        "anyone of an account|Allow|\"*\"|{\"StringEquals\":{\"aws:SourceAccount\":\"111111111111\"}}|false",
        "anyone of a wildcard account|Allow|\"*\"|{\"StringLike\":{\"aws:SourceAccount\":\"1*\"}}|true",
        "anyone not of an account|Allow|\"*\"|{\"StringNotEquals\":{\"aws:SourceAccount\":\"111111111111\"}}|true",
        "anyone over TLS|Allow|\"*\"|{\"Bool\":{\"aws:SecureTransport\":\"true\"}}|true"
      })
  void a_statement_is_public_unless_it_names_fixed_principals_or_pinning_conditions(
      String description, String effect, String principal, String condition, boolean expected) {
    String json =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\""
            + effect
            + "\",\"Principal\":"
            + principal
            + ",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\""
            + (condition == null ? "" : ",\"Condition\":" + condition)
            + "}]}";
    assertThat(PublicPolicies.isPublic(PolicyDocument.parse(json, PolicyKind.RESOURCE)))
        .as(description)
        .isEqualTo(expected);
  }
}
