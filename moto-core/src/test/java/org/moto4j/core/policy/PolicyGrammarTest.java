package org.moto4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IAM's grammar, one row per rule; rows follow moto's AWS-checked cases. */
class PolicyGrammarTest {

  /** Single quotes stand for double quotes, to keep the rows readable. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static String statement(String body) {
    return json("{'Version':'2012-10-17','Statement':{" + body + "}}");
  }

  static Stream<Arguments> identityPoliciesIamRefuses() {
    return Stream.of(
        row("This is not a json document", "Syntax errors in policy."),
        row(
            "{'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::b'}}",
            "Policy document must be version 2012-10-17 or greater."),
        row(
            "{'Version':'2008-10-17','Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::b'}}",
            "Policy document must be version 2012-10-17 or greater."),
        row(
            "{'Version':'2013-10-17','Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::b'}}",
            "Syntax errors in policy."),
        row("{'Version':'2012-10-17'}", "Syntax errors in policy."),
        row(
            "{'Version':2012,'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}",
            "Syntax errors in policy."),
        row(
            "{'Version':null,'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}",
            "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':{'Effect':null,'Action':'s3:*','Resource':'*'}}",
            "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{'Bool':{'k':null}}}}",
            "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{'AWS':1},'Action':'s3:*','Resource':'*'}}",
            "Syntax errors in policy."),
        row("", "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'},}",
            "Syntax errors in policy."),
        row("{'Version':'2012-10-17','Statement':['afd']}", "Syntax errors in policy."),
        row("{'Version':'2012-10-17','Statement':[]}", "Syntax errors in policy."),
        row("[1]", "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::b'},'Extra field':'value'}",
            "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:::b'}} trailing",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Extra field':'value'",
            "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Id':['x'],'Statement':{'Effect':'Allow','Action':'s3:ListBucket','Resource':'*'}}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'invalid','Action':'s3:ListBucket','Resource':'*'",
            "Syntax errors in policy."),
        srow("'Action':'s3:ListBucket','Resource':'*'", "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'invalid','Resource':'*'",
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        srow(
            "'Effect':'Allow','NotAction':'','Resource':'*'",
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        srow(
            "'Effect':'Allow','Action':'a a:ListBucket','Resource':'*'", "Vendor a a is not valid"),
        srow(
            "'Effect':'Allow','Action':'s3:List:Bucket','Resource':'*'",
            "Actions/Condition can contain only one colon."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'invalid resource'",
            "Resource invalid resource must be in ARN format or \"*\"."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':''",
            "Resource  must be in ARN format or \"*\"."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':['adf']",
            "Resource adf must be in ARN format or \"*\"."),
        srow(
            "'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:bsdfdsafsad'",
            "Partition \"bsdfdsafsad\" is not valid for resource \"arn:bsdfdsafsad:*:*:*:*\"."),
        srow(
            "'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:b:cadfsdf'",
            "Partition \"b\" is not valid for resource \"arn:b:cadfsdf:*:*:*\"."),
        srow(
            "'Effect':'Allow','NotAction':'s3s:ListBucket','Resource':'a:b:c:d:e:f:g:h'",
            "Partition \"b\" is not valid for resource \"arn:b:c:d:e:f:g:h\"."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'aws:s3:::example_bucket'",
            "Partition \"s3\" is not valid for resource \"arn:s3:::example_bucket:*\"."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':['arn:error:s3:::example_bucket','arn:error:s3::example_bucket']",
            "Partition \"error\" is not valid for resource \"arn:error:s3:::example_bucket\"."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket'",
            "Policy statement must contain resources."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':[]",
            "Policy statement must contain resources."),
        srow("'Effect':'Allow','Action':'invalid'", "Policy statement must contain resources."),
        srow(
            "'Effect':'Allow','Resource':'arn:aws:s3:::b'",
            "Policy statement must contain actions."),
        srow("'Effect':'Allow'", "Policy statement must contain actions."),
        srow(
            "'Effect':'Allow','Action':[],'Resource':'arn:aws:s3:::b'",
            "Policy statement must contain actions."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam:::example_bucket'",
            PolicyMessages.IAM_PATH),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3::example_bucket'",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Resource':'arn:aws:s3::example_bucket'",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws'",
            "Resource vendor must be fully qualified and cannot contain regexes."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':{'a':'arn:aws:s3:::b'}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Deny','Action':'s3:ListBucket','Resource':['adfdf',{}]",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','NotAction':'s3:ListBucket','Resource':'*','NotResource':[]",
            "Syntax errors in policy."),
        srow("'Effect':'Deny','Action':[[]],'Resource':'*'", "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','NotAction':'s3s:ListBucket','Action':[],'Resource':'*'",
            "Syntax errors in policy."),
        srow("'Effect':'Allow','Action':{},'Resource':'*'", "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':[]",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':'a'",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'a':'b'}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':'b'}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':[]}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':{'a':{}}}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'x':{'a':'1'}}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'ForAnyValue::StringEqualsIfExists':{'a':'asf'}}",
            "Syntax errors in policy."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam:us-east-1::example_bucket'",
            "IAM resource arn:aws:iam:us-east-1::example_bucket cannot contain region information."),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s3:us-east-1::example_bucket'",
            "Resource arn:aws:s3:us-east-1::example_bucket can not contain region information."),
        srow(
            "'Sid':{},'Effect':'Allow','Action':'s3:ListBucket','Resource':'*'",
            "Syntax errors in policy."),
        row(
            "{'Version':'2012-10-17','Statement':[{'Sid':'sdf','Effect':'Allow','Action':'s3:ListBucket','Resource':'*'},{'Sid':'sdf','Effect':'Allow'}]}",
            "Statement IDs (SID) in a single policy must be unique."),
        row(
            "{'Statement':[{'Sid':'sdf','Effect':'Allow','Action':'s3:ListBucket','Resource':'*'},{'Sid':'sdf','Effect':'Allow'}]}",
            "Policy document must be version 2012-10-17 or greater."),
        srow(
            "'Effect':'denY','Action':'s3:ListBucket','Resource':'*'",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':{'a':'sdfdsf'}}",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','NotAction':'s3:ListBucket','Resource':'arn:aws::::example_bucket'",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThanEquals':{'a':'234-13'}}",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThanEquals':{'a':'2016-12-13t2:00:00.593194+1'}}",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThanEquals':{'a':'2016-12-13t2:00:00.1999999999+10:59'}}",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThan':{'a':'9223372036854775808'}}",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:error:s3:::b','Condition':{'DateGreaterThan':{'a':'sdfdsf'}}",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws::fdsasf'",
            "The policy failed legacy parsing"),
        srow(
            "'Effect':'Allow','Principal':'*','Action':'s3:ListBucket','Resource':'*'",
            "Policy document should not specify a principal."),
        srow(
            "'Effect':'Allow','NotPrincipal':{'AWS':'arn:aws:iam::111111111111:root'},'Action':'s3:ListBucket','Resource':'*'",
            "Policy document should not specify a principal."));
  }

  @ParameterizedTest
  @MethodSource("identityPoliciesIamRefuses")
  void identity_policies_iam_refuses_answer_its_message(String document, String message) {
    assertThatThrownBy(() -> PolicyDocument.parse(document, PolicyKind.IDENTITY))
        .isInstanceOf(MalformedPolicyException.class)
        .hasMessage(message);
  }

  static Stream<String> identityPoliciesIamAccepts() {
    return Stream.of(
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':['arn:aws:s3:::b']"),
        statement("'Effect':'Allow','Action':'iam: asdf safdsf af ','Resource':'arn:aws:s3:::b'"),
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':['arn:aws:s3:::b','*']"),
        statement("'Effect':'Allow','Action':'*','Resource':'arn:aws:s3:::b'"),
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam:::user/b'"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:iam::111111111111:root'"),
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:s33:::b'"),
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:fdsasf'"),
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'ForAllValues:StringEquals':{'aws:TagKeys':'Department'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'arn:aws:ec2:us-east-1::b'"),
        statement(
            "'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:us-east-1:111111111111:accesspoint/ap/object/*'"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':{'aws:CurrentTime':'2017-07-01T00:00:00Z'},'DateLessThan':{'aws:CurrentTime':'2017-12-31T23:59:59Z'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':{}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':{'a':[]}}"),
        statement("'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'a':{}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateGreaterThan':{'a':'01T'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'StringEqualsIfExists':{'a':'asf'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThanEquals':{'a':'2016-12-13T21:20:37.593194+00:00'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThanEquals':{'a':'2016-12-13t2:00:00.593194+23'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'DateLessThan':{'a':'-292275054'}}"),
        statement(
            "'Effect':'Allow','Action':'s3:ListBucket','Resource':'*','Condition':{'Bool':{'aws:SecureTransport':false},'NumericLessThan':{'s3:max-keys':10}}"),
        statement(
            "'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::HRBucket/Payroll','arn:aws:s3:::HRBucket/Payroll/*']"),
        statement("'Effect':'Allow','NotAction':'s3:ListBucket','NotResource':'*'"),
        statement(
            "'Effect':'Allow','Action':['s3-s:ListBucket','s3.s:ListBucket'],'Resource':'arn:aws:iam::*:user/${aws:username}'"),
        json(
            "{'Version':'2012-10-17','Id':'x','Statement':[{'Sid':'a','Effect':'Allow','Action':'s3:ListBucket','Resource':'*'},{'Effect':'Allow','Action':'s3:ListBucket','Resource':'*'}]}"));
  }

  @ParameterizedTest
  @MethodSource("identityPoliciesIamAccepts")
  void identity_policies_iam_accepts_parse(String document) {
    assertThat(PolicyDocument.parse(document, PolicyKind.IDENTITY).json()).isEqualTo(document);
  }

  static Stream<Arguments> trustPolicies() {
    String assume =
        "'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'";
    return Stream.of(
        Arguments.of("{nope", "This policy contains invalid Json"),
        Arguments.of(statement(assume + ",'Resource':'*'"), "Has prohibited field Resource"),
        Arguments.of(
            statement("'Effect':'Allow','Principal':{'AWS':'*'},'Action':'s3:GetObject'"),
            "AssumeRole policy may only specify STS AssumeRole actions."),
        Arguments.of(
            statement("'Effect':'Allow','Action':'sts:AssumeRole'"),
            "Missing required field Principal"),
        Arguments.of(
            statement("'Effect':'Allow','Principal':{'AWS':'*'}"),
            "Policy statement must contain actions."),
        Arguments.of(
            statement(
                "'Effect':'Allow','Principal':'arn:aws:iam::1:root','Action':'sts:AssumeRole'"),
            "Syntax errors in policy."));
  }

  @ParameterizedTest
  @MethodSource("trustPolicies")
  void trust_policies_iam_refuses_answer_its_message(String document, String message) {
    assertThatThrownBy(() -> PolicyDocument.parse(document, PolicyKind.TRUST))
        .isInstanceOf(MalformedPolicyException.class)
        .hasMessage(message);
  }

  @Test
  void a_trust_policy_names_principals_and_sts_actions_and_may_use_the_2008_version() {
    String document =
        json(
            "{'Version':'2008-10-17','Statement':[{'Effect':'Allow','Principal':{'Service':['ec2.amazonaws.com'],'AWS':'arn:aws:iam::111111111111:root'},'Action':['sts:AssumeRole','sts:TagSession']}]}");
    PolicyDocument trust = PolicyDocument.parse(document, PolicyKind.TRUST);
    Statement statement = trust.statements().get(0);
    assertThat(statement.principal().of("Service")).containsExactly("ec2.amazonaws.com");
    assertThat(statement.principal().of("AWS")).containsExactly("arn:aws:iam::111111111111:root");
    assertThat(statement.resources()).isEqualTo(ElementValues.ABSENT);
    assertThat(trust.supportsVariables()).isFalse();
    assertThat(
            PolicyDocument.parse(
                    json(
                        "{'Statement':{'Effect':'Allow','Principal':'*','Action':'sts:AssumeRole'}}"),
                    PolicyKind.TRUST)
                .version())
        .isNull();
  }

  @Test
  void a_resource_policy_needs_a_principal_and_accepts_the_2008_version() {
    assertThatThrownBy(
            () ->
                PolicyDocument.parse(
                    statement("'Effect':'Allow','Action':'s3:GetObject','Resource':'*'"),
                    PolicyKind.RESOURCE))
        .hasMessage("Missing required field Principal");
    String bucketPolicy =
        json(
            "{'Version':'2008-10-17','Statement':[{'Sid':'x','Effect':'Allow','Principal':{'AWS':['arn:aws:iam::111111111111:user/alice']},'Action':['s3:GetObject'],'Resource':'arn:aws:s3:::b/*'}]}");
    assertThat(PolicyDocument.parse(bucketPolicy, PolicyKind.RESOURCE).statements()).hasSize(1);
  }

  @Test
  void the_document_keeps_statements_conditions_and_positions() {
    String document =
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"One\", \"Effect\": \"Deny\","
            + " \"NotAction\": \"s3:*\", \"Resource\": \"*\",\n     \"Condition\": {\"ForAnyValue:StringLikeIfExists\":"
            + " {\"aws:TagKeys\": [\"a*\", \"b\"]}, \"NumericLessThan\": {\"s3:max-keys\": 10}}}\n  ]\n}";
    PolicyDocument doc = PolicyDocument.parse(document, PolicyKind.IDENTITY);
    Statement statement = doc.statements().get(0);
    assertThat(statement.sid()).isEqualTo("One");
    assertThat(statement.effect()).isEqualTo(Effect.DENY);
    assertThat(statement.actions()).isEqualTo(ElementValues.not(java.util.List.of("s3:*")));
    assertThat(statement.resources()).isEqualTo(ElementValues.of(java.util.List.of("*")));
    assertThat(statement.conditions()).hasSize(2);
    Condition like = statement.conditions().get(0);
    assertThat(like.operator().qualifier()).isEqualTo(ConditionOperator.SetQualifier.FOR_ANY_VALUE);
    assertThat(like.operator().base()).isEqualTo(ConditionOperator.BaseOperator.StringLike);
    assertThat(like.operator().ifExists()).isTrue();
    assertThat(like.values()).containsExactly("a*", "b");
    assertThat(statement.conditions().get(1).values()).containsExactly("10");
    assertThat(statement.range()).isEqualTo(new SourceRange(4, 5, 5, 123));
    assertThat(doc.supportsVariables()).isTrue();
  }

  @Test
  void context_keys_are_the_condition_keys_and_variables_each_once() {
    String document =
        json(
            "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/${aws:username}/*','Condition':{'StringEquals':{'s3:prefix':'${aws:PrincipalTag/team}'},'Bool':{'aws:SecureTransport':'true'}}},"
                + "{'Effect':'Deny','Action':'s3:*','Resource':'*','Condition':{'Bool':{'AWS:securetransport':'false'},'Null':{'s3:x-amz-acl':'true'}}}]}");
    assertThat(PolicyDocument.parse(document, PolicyKind.IDENTITY).contextKeys())
        .containsExactly(
            "aws:username",
            "s3:prefix",
            "aws:PrincipalTag/team",
            "aws:SecureTransport",
            "s3:x-amz-acl");
  }

  private static Arguments row(String document, String message) {
    return Arguments.of(json(document), message);
  }

  private static Arguments srow(String body, String message) {
    return Arguments.of(statement(body), message);
  }
}
