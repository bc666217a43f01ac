package org.moto4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AWS's evaluation logic, one row per rule. */
class PolicyEvaluatorTest {

  private static final String A = "111111111111";
  private static final String B = "222222222222";
  private static final String ALICE_ARN = "arn:aws:iam::" + A + ":user/alice";
  private static final RequestPrincipal ALICE = RequestPrincipal.user(ALICE_ARN, A);
  private static final String ROLE_ARN = "arn:aws:iam::" + A + ":role/team/deployer";
  private static final RequestPrincipal SESSION =
      RequestPrincipal.roleSession("arn:aws:sts::" + A + ":assumed-role/deployer/ci", A, ROLE_ARN);

  private static String allow(String action, String resource) {
    return statement("Allow", action, resource);
  }

  private static String deny(String action, String resource) {
    return statement("Deny", action, resource);
  }

  private static String statement(String effect, String action, String resource) {
    return "{'Version':'2012-10-17','Statement':{'Effect':'"
        + effect
        + "','Action':'"
        + action
        + "','Resource':'"
        + resource
        + "'}}";
  }

  private static String bucketPolicy(
      String effect, String principal, String action, String resource) {
    return "{'Version':'2012-10-17','Statement':{'Effect':'"
        + effect
        + "','Principal':"
        + principal
        + ",'Action':'"
        + action
        + "','Resource':'"
        + resource
        + "'}}";
  }

  private static PolicySource identity(String json) {
    return new PolicySource(
        "identity", "user", PolicyDocument.parse(json(json), PolicyKind.IDENTITY));
  }

  private static PolicySource resource(String json) {
    PolicyKind kind = json.contains("'Resource'") ? PolicyKind.RESOURCE : PolicyKind.TRUST;
    return new PolicySource("resource", "resource", PolicyDocument.parse(json(json), kind));
  }

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static AuthorizationRequest request(
      RequestPrincipal principal, String action, String resource, String owner) {
    return AuthorizationRequest.builder(principal)
        .action(action)
        .resource(resource)
        .resourceAccount(owner)
        .context("aws:username", ContextValue.string("alice"))
        .build();
  }

  static Stream<Arguments> rules() {
    String object = "arn:aws:s3:::b/k";
    return Stream.of(
        rule(
            "no policy: implicit deny",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "an identity allow allows",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:GetObject", "arn:aws:s3:::b/*")),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "an explicit deny beats an allow",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:*", "*"), deny("s3:Get*", "*")),
            null,
            null,
            null,
            Decision.EXPLICIT_DENY),
        rule(
            "actions match case-insensitively",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("S3:getobject", "*")),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "resources match case-sensitively",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:GetObject", "arn:aws:s3:::B/*")),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a wildcard in the resource part spans slashes",
            ALICE,
            "s3:GetObject",
            "arn:aws:s3:::b/a/b/c",
            A,
            List.of(allow("s3:GetObject", "arn:aws:s3:::b/*")),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a bucket ARN does not cover its objects",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:GetObject", "arn:aws:s3:::b")),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a wildcard does not span ARN parts",
            ALICE,
            "sqs:SendMessage",
            "arn:aws:sqs:us-east-1:" + A + ":x:q",
            A,
            List.of(allow("sqs:SendMessage", "arn:aws:sqs:*:*:q")),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "each ARN part may be a wildcard",
            ALICE,
            "iam:GetUser",
            ALICE_ARN,
            A,
            List.of(allow("iam:GetUser", "arn:aws:iam::*:user/*")),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "? matches one character",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:GetObjec?", "arn:aws:s3:::?/?")),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "NotAction allows every other action",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}}"),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "NotAction does not allow the named actions",
            ALICE,
            "iam:GetUser",
            "*",
            A,
            List.of(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow','NotAction':'iam:*','Resource':'*'}}"),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "NotResource denies everything else",
            ALICE,
            "s3:GetObject",
            "arn:aws:s3:::other/k",
            A,
            List.of(
                allow("s3:*", "*"),
                "{'Version':'2012-10-17','Statement':{'Effect':'Deny','Action':'s3:*','NotResource':'arn:aws:s3:::b/*'}}"),
            null,
            null,
            null,
            Decision.EXPLICIT_DENY),
        rule(
            "a policy variable names the caller's own resources",
            ALICE,
            "s3:GetObject",
            "arn:aws:s3:::home/alice/x",
            A,
            List.of(allow("s3:GetObject", "arn:aws:s3:::home/${aws:username}/*")),
            null,
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a policy variable does not match others' resources",
            ALICE,
            "s3:GetObject",
            "arn:aws:s3:::home/bob/x",
            A,
            List.of(allow("s3:GetObject", "arn:aws:s3:::home/${aws:username}/*")),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "variables are literal text in a 2008-10-17 document",
            ALICE,
            "s3:GetObject",
            "arn:aws:s3:::home/alice/x",
            A,
            List.of(),
            bucketPolicy2008(),
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a boundary narrows an identity allow",
            ALICE,
            "s3:PutObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            null,
            allow("s3:GetObject", "*"),
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "an action both allow is allowed under a boundary",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            null,
            allow("s3:GetObject", "*"),
            null,
            Decision.ALLOWED),
        rule(
            "a boundary alone grants nothing",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(),
            null,
            allow("s3:*", "*"),
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a deny in a boundary is an explicit deny",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            null,
            deny("s3:*", "*"),
            null,
            Decision.EXPLICIT_DENY),
        rule(
            "a session policy narrows a role's allow",
            SESSION,
            "s3:PutObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            null,
            null,
            allow("s3:GetObject", "*"),
            Decision.IMPLICIT_DENY),
        rule(
            "a session policy alone grants nothing",
            SESSION,
            "s3:GetObject",
            object,
            A,
            List.of(),
            null,
            null,
            allow("s3:*", "*"),
            Decision.IMPLICIT_DENY),
        rule(
            "a resource policy naming the user allows within the account",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy(
                "Allow", "{'AWS':'" + ALICE_ARN + "'}", "s3:GetObject", "arn:aws:s3:::b/*"),
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a resource policy naming the user is not narrowed by a boundary",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy(
                "Allow", "{'AWS':'" + ALICE_ARN + "'}", "s3:GetObject", "arn:aws:s3:::b/*"),
            allow("iam:*", "*"),
            null,
            Decision.ALLOWED),
        rule(
            "a resource policy naming the account needs an identity allow",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy("Allow", "{'AWS':'arn:aws:iam::" + A + ":root'}", "s3:GetObject", "*"),
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a resource policy naming the account id with an identity allow allows",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:GetObject", "*")),
            bucketPolicy("Allow", "{'AWS':'" + A + "'}", "s3:GetObject", "*"),
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a resource policy naming the role allows its sessions",
            SESSION,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy("Allow", "{'AWS':'" + ROLE_ARN + "'}", "s3:GetObject", "*"),
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a resource policy naming the role is narrowed by a session policy",
            SESSION,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy("Allow", "{'AWS':'" + ROLE_ARN + "'}", "s3:GetObject", "*"),
            null,
            allow("s3:PutObject", "*"),
            Decision.IMPLICIT_DENY),
        rule(
            "a resource policy naming the session is not narrowed by a session policy",
            SESSION,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy("Allow", "{'AWS':'" + SESSION.arn() + "'}", "s3:GetObject", "*"),
            null,
            allow("s3:PutObject", "*"),
            Decision.ALLOWED),
        rule(
            "a public resource policy allows anyone",
            RequestPrincipal.anonymous(),
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy("Allow", "'*'", "s3:GetObject", "*"),
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a resource policy for someone else grants nothing",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(),
            bucketPolicy("Allow", "{'AWS':'arn:aws:iam::" + A + ":user/bob'}", "s3:GetObject", "*"),
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a resource policy deny beats an identity allow",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            bucketPolicy("Deny", "'*'", "s3:GetObject", "*"),
            null,
            null,
            Decision.EXPLICIT_DENY),
        rule(
            "NotPrincipal denies everyone but the named",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            "{'Version':'2012-10-17','Statement':{'Effect':'Deny','NotPrincipal':{'AWS':'arn:aws:iam::"
                + A
                + ":user/bob'},'Action':'s3:*','Resource':'*'}}",
            null,
            null,
            Decision.EXPLICIT_DENY),
        rule(
            "NotPrincipal spares the named",
            ALICE,
            "s3:GetObject",
            object,
            A,
            List.of(allow("s3:*", "*")),
            "{'Version':'2012-10-17','Statement':{'Effect':'Deny','NotPrincipal':{'AWS':'"
                + ALICE_ARN
                + "'},'Action':'s3:*','Resource':'*'}}",
            null,
            null,
            Decision.ALLOWED),
        rule(
            "across accounts the resource policy alone is not enough",
            ALICE,
            "s3:GetObject",
            object,
            B,
            List.of(),
            bucketPolicy("Allow", "{'AWS':'" + ALICE_ARN + "'}", "s3:GetObject", "*"),
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "across accounts the identity policy alone is not enough",
            ALICE,
            "s3:GetObject",
            object,
            B,
            List.of(allow("s3:*", "*")),
            null,
            null,
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "across accounts both sides allowing allows",
            ALICE,
            "s3:GetObject",
            object,
            B,
            List.of(allow("s3:*", "*")),
            bucketPolicy("Allow", "{'AWS':'" + A + "'}", "s3:GetObject", "*"),
            null,
            null,
            Decision.ALLOWED),
        rule(
            "across accounts a boundary still narrows",
            ALICE,
            "s3:GetObject",
            object,
            B,
            List.of(allow("s3:*", "*")),
            bucketPolicy("Allow", "{'AWS':'" + ALICE_ARN + "'}", "s3:GetObject", "*"),
            allow("iam:*", "*"),
            null,
            Decision.IMPLICIT_DENY),
        rule(
            "a trust policy lets a service assume the role",
            RequestPrincipal.service("ec2.amazonaws.com"),
            "sts:AssumeRole",
            ROLE_ARN,
            A,
            List.of(),
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'}}",
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a trust policy for a service does not let users in",
            ALICE,
            "sts:AssumeRole",
            ROLE_ARN,
            A,
            List.of(allow("sts:AssumeRole", "*")),
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'}}",
            null,
            null,
            Decision.ALLOWED),
        rule(
            "a federated provider assumes with web identity",
            RequestPrincipal.federated("cognito-identity.amazonaws.com"),
            "sts:AssumeRoleWithWebIdentity",
            ROLE_ARN,
            A,
            List.of(),
            "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{'Federated':'cognito-identity.amazonaws.com'},'Action':'sts:AssumeRoleWithWebIdentity'}}",
            null,
            null,
            Decision.ALLOWED));
  }

  private static String bucketPolicy2008() {
    return "{'Version':'2008-10-17','Statement':{'Effect':'Allow','Principal':{'AWS':'"
        + ALICE_ARN
        + "'},'Action':'s3:GetObject','Resource':'arn:aws:s3:::home/${aws:username}/*'}}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void evaluation_follows_aws_logic(
      String rule,
      RequestPrincipal principal,
      String action,
      String resourceArn,
      String owner,
      List<String> identityPolicies,
      String resourcePolicy,
      String boundary,
      String session,
      Decision expected) {
    ApplicablePolicies policies =
        ApplicablePolicies.identity(
            identityPolicies.stream().map(PolicyEvaluatorTest::identity).toList());
    if (resourcePolicy != null) {
      policies = policies.withResource(resource(resourcePolicy));
    }
    if (boundary != null) {
      policies = policies.withBoundary(identity(boundary));
    }
    if (session != null) {
      policies = policies.withSession(List.of(identity(session)));
    }
    Evaluation evaluation =
        PolicyEvaluator.evaluate(request(principal, action, resourceArn, owner), policies);
    assertThat(evaluation.decision()).as(rule).isEqualTo(expected);
  }

  @Test
  void the_deciding_statements_and_the_missing_context_keys_are_reported() {
    PolicySource allowing = identity(allow("s3:GetObject", "*"));
    PolicySource conditional =
        identity(
            "{'Version':'2012-10-17','Statement':[{'Sid':'tls','Effect':'Deny','Action':'s3:*','Resource':'*','Condition':{'Bool':{'aws:SecureTransport':'false'}}},"
                + "{'Sid':'other','Effect':'Deny','Action':'iam:*','Resource':'*','Condition':{'StringEquals':{'iam:Key':'x'}}}]}");
    AuthorizationRequest request =
        AuthorizationRequest.builder(ALICE)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::b/k")
            .build();

    Evaluation evaluation =
        PolicyEvaluator.evaluate(
            request, ApplicablePolicies.identity(List.of(allowing, conditional)));

    assertThat(evaluation.decision()).isEqualTo(Decision.ALLOWED);
    assertThat(evaluation.matchedStatements())
        .extracting(MatchedStatement::source)
        .containsExactly(allowing);
    assertThat(evaluation.missingContextKeys()).containsExactly("aws:SecureTransport");

    AuthorizationRequest insecure =
        AuthorizationRequest.builder(ALICE)
            .action("s3:GetObject")
            .resource("arn:aws:s3:::b/k")
            .context("aws:securetransport", ContextValue.bool(false))
            .build();
    Evaluation denied =
        PolicyEvaluator.evaluate(
            insecure, ApplicablePolicies.identity(List.of(allowing, conditional)));
    assertThat(denied.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(denied.matchedStatements())
        .extracting(m -> m.statement().sid())
        .containsExactly("tls");
    assertThat(denied.missingContextKeys()).isEmpty();
  }

  private static Arguments rule(
      String rule,
      RequestPrincipal principal,
      String action,
      String resource,
      String owner,
      List<String> identityPolicies,
      String resourcePolicy,
      String boundary,
      String session,
      Decision expected) {
    return Arguments.of(
        rule,
        principal,
        action,
        resource,
        owner,
        identityPolicies,
        resourcePolicy,
        boundary,
        session,
        expected);
  }
}
