package org.moto4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every condition operator, one row per rule: does an Allow with this condition allow? */
class ConditionEvaluationTest {

  private static final RequestPrincipal ALICE =
      RequestPrincipal.user("arn:aws:iam::111111111111:user/alice", "111111111111");

  static Stream<Arguments> rows() {
    return Stream.of(
        // strings
        row("'StringEquals':{'k':'abc'}", Map.of("k", s("abc")), true),
        row("'StringEquals':{'k':'abc'}", Map.of("k", s("ABC")), false),
        row("'StringEquals':{'k':['x','abc']}", Map.of("k", s("abc")), true),
        row("'StringEquals':{'k':'abc'}", Map.of(), false),
        row("'StringEquals':{'K':'abc'}", Map.of("k", s("abc")), true),
        row("'StringNotEquals':{'k':['x','y']}", Map.of("k", s("z")), true),
        row("'StringNotEquals':{'k':['x','y']}", Map.of("k", s("y")), false),
        row("'StringNotEquals':{'k':'x'}", Map.of(), true),
        row("'StringEqualsIgnoreCase':{'k':'abc'}", Map.of("k", s("ABC")), true),
        row("'StringNotEqualsIgnoreCase':{'k':'abc'}", Map.of("k", s("ABC")), false),
        row("'StringLike':{'k':'a*c?'}", Map.of("k", s("abbbcd")), true),
        row("'StringLike':{'k':'a*c?'}", Map.of("k", s("abbbc")), false),
        row("'StringLike':{'k':'A*'}", Map.of("k", s("abc")), false),
        row("'StringNotLike':{'k':'home/*'}", Map.of("k", s("other/x")), true),
        row("'StringNotLike':{'k':'home/*'}", Map.of(), true),
        row(
            "'StringEquals':{'k':'${aws:username}'}",
            Map.of("k", s("alice"), "aws:username", s("alice")),
            true),
        row("'StringEquals':{'k':'${aws:username}'}", Map.of("k", s("alice")), false),
        row("'StringEquals':{'k':'${aws:username, \\'guest\\'}'}", Map.of("k", s("guest")), true),
        row(
            "'StringLike':{'k':'${aws:username}'}",
            Map.of("k", s("a*"), "aws:username", s("a*")),
            true),
        row(
            "'StringLike':{'k':'${aws:username}'}",
            Map.of("k", s("abc"), "aws:username", s("a*")),
            false),
        row("'StringEquals':{'k':'a${*}b${?}${$}'}", Map.of("k", s("a*b?$")), true),
        // IfExists and Null
        row("'StringEqualsIfExists':{'k':'abc'}", Map.of(), true),
        row("'StringEqualsIfExists':{'k':'abc'}", Map.of("k", s("x")), false),
        row("'Null':{'k':'true'}", Map.of(), true),
        row("'Null':{'k':'true'}", Map.of("k", s("x")), false),
        row("'Null':{'k':'false'}", Map.of("k", s("x")), true),
        row("'Null':{'k':'false'}", Map.of(), false),
        // numbers
        row("'NumericEquals':{'k':'10'}", Map.of("k", n(10)), true),
        row("'NumericEquals':{'k':'10.0'}", Map.of("k", n(10)), true),
        row("'NumericNotEquals':{'k':'10'}", Map.of("k", n(11)), true),
        row("'NumericLessThan':{'k':10}", Map.of("k", n(9)), true),
        row("'NumericLessThan':{'k':10}", Map.of("k", n(10)), false),
        row("'NumericLessThanEquals':{'k':10}", Map.of("k", n(10)), true),
        row("'NumericGreaterThan':{'k':10}", Map.of("k", n(11)), true),
        row("'NumericGreaterThanEquals':{'k':10}", Map.of("k", n(9)), false),
        row("'NumericEquals':{'k':'ten'}", Map.of("k", n(10)), false),
        // dates
        row(
            "'DateLessThan':{'aws:CurrentTime':'2030-01-01T00:00:00Z'}",
            Map.of("aws:CurrentTime", d("2029-06-01T00:00:00Z")),
            true),
        row(
            "'DateLessThan':{'aws:CurrentTime':'2030-01-01T00:00:00Z'}",
            Map.of("aws:CurrentTime", d("2030-06-01T00:00:00Z")),
            false),
        row(
            "'DateGreaterThan':{'aws:CurrentTime':'2020-01-01'}",
            Map.of("aws:CurrentTime", d("2020-01-01T00:00:01Z")),
            true),
        row("'DateEquals':{'k':'1700000000'}", Map.of("k", d("2023-11-14T22:13:20Z")), true),
        row("'DateNotEquals':{'k':'1700000000'}", Map.of("k", d("2023-11-14T22:13:21Z")), true),
        row(
            "'DateLessThanEquals':{'k':'2020-01-01T01:00:00+01:00'}",
            Map.of("k", d("2020-01-01T00:00:00Z")),
            true),
        row(
            "'DateGreaterThanEquals':{'k':'2020-01-01T00:00:00Z'}",
            Map.of("k", d("2019-12-31T23:59:59Z")),
            false),
        // booleans, binary
        row(
            "'Bool':{'aws:SecureTransport':'false'}",
            Map.of("aws:SecureTransport", ContextValue.bool(false)),
            true),
        row(
            "'Bool':{'aws:SecureTransport':false}",
            Map.of("aws:SecureTransport", ContextValue.bool(true)),
            false),
        row("'BoolIfExists':{'aws:MultiFactorAuthPresent':'false'}", Map.of(), true),
        row(
            "'BinaryEquals':{'k':'QmluYXJ5VmFsdWU='}",
            Map.of("k", new ContextValue(ContextKeyType.BINARY, List.of("QmluYXJ5VmFsdWU="))),
            true),
        // IP addresses
        row(
            "'IpAddress':{'aws:SourceIp':'203.0.113.0/24'}",
            Map.of("aws:SourceIp", ContextValue.ip("203.0.113.9")),
            true),
        row(
            "'IpAddress':{'aws:SourceIp':'203.0.113.0/24'}",
            Map.of("aws:SourceIp", ContextValue.ip("203.0.114.9")),
            false),
        row(
            "'IpAddress':{'aws:SourceIp':'203.0.113.7'}",
            Map.of("aws:SourceIp", ContextValue.ip("203.0.113.7")),
            true),
        row(
            "'IpAddress':{'aws:SourceIp':'2001:db8::/32'}",
            Map.of("aws:SourceIp", ContextValue.ip("2001:db8:1::5")),
            true),
        row(
            "'IpAddress':{'aws:SourceIp':'2001:db8::/32'}",
            Map.of("aws:SourceIp", ContextValue.ip("203.0.113.7")),
            false),
        row(
            "'NotIpAddress':{'aws:SourceIp':['10.0.0.0/8','192.168.0.0/16']}",
            Map.of("aws:SourceIp", ContextValue.ip("8.8.8.8")),
            true),
        row(
            "'NotIpAddress':{'aws:SourceIp':['10.0.0.0/8','192.168.0.0/16']}",
            Map.of("aws:SourceIp", ContextValue.ip("10.1.2.3")),
            false),
        // ARNs
        row(
            "'ArnLike':{'aws:SourceArn':'arn:aws:s3:::bucket-*'}",
            Map.of("aws:SourceArn", s("arn:aws:s3:::bucket-a")),
            true),
        row(
            "'ArnEquals':{'aws:PrincipalArn':'arn:aws:iam::*:role/admin'}",
            Map.of("aws:PrincipalArn", s("arn:aws:iam::111111111111:role/admin")),
            true),
        row(
            "'ArnLike':{'aws:PrincipalArn':'arn:aws:iam::111111111111:*'}",
            Map.of("aws:PrincipalArn", s("arn:aws:iam::222222222222:user/x")),
            false),
        row(
            "'ArnLike':{'k':'arn:aws:sqs:*:111111111111:*'}",
            Map.of("k", s("arn:aws:sqs:us-east-1:111111111111:q")),
            true),
        row(
            "'ArnNotLike':{'k':'arn:aws:sqs:*:111111111111:*'}",
            Map.of("k", s("arn:aws:sqs:us-east-1:222222222222:q")),
            true),
        row("'ArnNotEquals':{'k':'arn:aws:iam::1:root'}", Map.of(), true),
        // set operators
        row(
            "'ForAllValues:StringEquals':{'aws:TagKeys':['a','b']}",
            Map.of("aws:TagKeys", l("a")),
            true),
        row(
            "'ForAllValues:StringEquals':{'aws:TagKeys':['a','b']}",
            Map.of("aws:TagKeys", l("a", "c")),
            false),
        row("'ForAllValues:StringEquals':{'aws:TagKeys':['a','b']}", Map.of(), true),
        row(
            "'ForAnyValue:StringEquals':{'aws:TagKeys':['a','b']}",
            Map.of("aws:TagKeys", l("c", "b")),
            true),
        row("'ForAnyValue:StringEquals':{'aws:TagKeys':['a','b']}", Map.of(), false),
        row(
            "'ForAnyValue:StringLike':{'aws:TagKeys':'env*'}",
            Map.of("aws:TagKeys", l("x", "environment")),
            true),
        row(
            "'ForAllValues:StringNotEquals':{'aws:TagKeys':['secret']}",
            Map.of("aws:TagKeys", l("a", "b")),
            true),
        row(
            "'ForAnyValue:StringNotEquals':{'aws:TagKeys':['a']}",
            Map.of("aws:TagKeys", l("a")),
            false),
        row("'StringEquals':{'aws:TagKeys':'a'}", Map.of("aws:TagKeys", l("b", "a")), true),
        row("'StringNotEquals':{'aws:TagKeys':'a'}", Map.of("aws:TagKeys", l("b", "a")), false),
        // several keys AND, several operators AND
        row("'StringEquals':{'a':'1','b':'2'}", Map.of("a", s("1"), "b", s("2")), true),
        row("'StringEquals':{'a':'1','b':'2'}", Map.of("a", s("1"), "b", s("3")), false),
        row(
            "'StringEquals':{'a':'1'},'Bool':{'b':'true'}",
            Map.of("a", s("1"), "b", ContextValue.bool(false)),
            false));
  }

  @ParameterizedTest(name = "{0} with {1} -> {2}")
  @MethodSource("rows")
  void an_allow_with_a_condition_allows_exactly_when_the_condition_holds(
      String condition, Map<String, ContextValue> context, boolean allowed) {
    String json =
        ("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'s3:GetObject','Resource':'*','Condition':{"
                + condition
                + "}}}")
            .replace('\'', '"')
            .replace("\\\"", "'");
    PolicyDocument policy = PolicyDocument.parse(json, PolicyKind.IDENTITY);
    AuthorizationRequest request =
        AuthorizationRequest.builder(ALICE)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::b/k")
            .context(context)
            .build();
    Evaluation evaluation =
        PolicyEvaluator.evaluate(
            request, ApplicablePolicies.identity(List.of(new PolicySource("p", "none", policy))));
    assertThat(evaluation.allowed()).isEqualTo(allowed);
  }

  private static Arguments row(
      String condition, Map<String, ContextValue> context, boolean allowed) {
    return Arguments.of(condition, context, allowed);
  }

  private static ContextValue s(String value) {
    return ContextValue.string(value);
  }

  private static ContextValue n(long value) {
    return ContextValue.numeric(value);
  }

  private static ContextValue d(String value) {
    return ContextValue.date(value);
  }

  private static ContextValue l(String... values) {
    return ContextValue.strings(List.of(values));
  }
}
