package org.moto4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of issue 7 that {@link PolicyEvaluatorTest} and {@link ConditionEvaluationTest} do not
 * already pin, one row each: several resource-policy sources (a bucket policy with its ACL grants),
 * trust policies that must allow {@code sts:AssumeRole} even within an account, root and anonymous
 * callers, federated users, session-policy denies, cross-account denies, and principal-tag
 * variables. The rows of the other two tables cover identity allow and deny, boundaries, session
 * narrowing, resource policies within and across accounts, NotAction/NotResource/NotPrincipal, role
 * ARNs matching their sessions, variables and every condition operator family.
 */
class AccessRulesTest {

  private static final String A = "111111111111";
  private static final String B = "222222222222";
  private static final String ALICE_ARN = "arn:aws:iam::" + A + ":user/alice";
  private static final RequestPrincipal ALICE = RequestPrincipal.user(ALICE_ARN, A);
  private static final String ROLE_ARN = "arn:aws:iam::" + B + ":role/team/reader";
  private static final String SESSION_ARN = "arn:aws:sts::" + B + ":assumed-role/reader/ci";
  private static final RequestPrincipal SESSION_IN_B =
      RequestPrincipal.roleSession(SESSION_ARN, B, ROLE_ARN);
  private static final RequestPrincipal ROOT_A = RequestPrincipal.root(A, "aws");
  private static final RequestPrincipal FEDERATED_BOB =
      new RequestPrincipal(
          RequestPrincipal.Kind.FEDERATED_USER,
          "arn:aws:sts::" + A + ":federated-user/bob",
          A,
          null);
  private static final String OBJECT = "arn:aws:s3:::b/k";
  private static final String EVERYTHING = allow("*", "*");

  /** One row: who asks what of which account's resource, under which policies. */
  private record Row(
      String rule,
      RequestPrincipal principal,
      String action,
      String resource,
      String owner,
      List<String> identity,
      List<String> resources,
      boolean resourceRequired,
      String session,
      Map<String, ContextValue> context,
      Decision expected) {}

  static Stream<Arguments> rows() {
    return Stream.of(
            new Row(
                "an ACL grant allows on its own beside a bucket policy that says nothing of it",
                ALICE,
                "s3:GetObject",
                OBJECT,
                A,
                List.of(),
                List.of(
                    grant("Allow", aws(B), "s3:*"), grant("Allow", aws(ALICE_ARN), "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "a deny in one resource policy source beats an allow in another",
                ALICE,
                "s3:GetObject",
                OBJECT,
                A,
                List.of(EVERYTHING),
                List.of(
                    grant("Allow", aws(ALICE_ARN), "s3:GetObject"),
                    grant("Deny", "'*'", "s3:Get*")),
                false,
                null,
                Map.of(),
                Decision.EXPLICIT_DENY),
            new Row(
                "a trust policy must allow AssumeRole whatever the identity policy says",
                ALICE,
                "sts:AssumeRole",
                "arn:aws:iam::" + A + ":role/r",
                A,
                List.of(EVERYTHING),
                List.of(trust(aws("arn:aws:iam::" + A + ":user/carol"))),
                true,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a role that does not exist (no trust policy) cannot be assumed",
                ALICE,
                "sts:AssumeRole",
                "arn:aws:iam::" + A + ":role/missing",
                A,
                List.of(EVERYTHING),
                List.of(),
                true,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a trust policy naming the user lets it assume the role with no identity policy",
                ALICE,
                "sts:AssumeRole",
                "arn:aws:iam::" + A + ":role/r",
                A,
                List.of(),
                List.of(trust(aws(ALICE_ARN))),
                true,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "a trust policy naming the account needs the user's identity allow",
                ALICE,
                "sts:AssumeRole",
                "arn:aws:iam::" + A + ":role/r",
                A,
                List.of(),
                List.of(trust(aws("arn:aws:iam::" + A + ":root"))),
                true,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "across accounts a trusting role and the caller's identity allow together",
                ALICE,
                "sts:AssumeRole",
                ROLE_ARN,
                B,
                List.of(allow("sts:AssumeRole", ROLE_ARN)),
                List.of(trust(aws(A))),
                true,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "across accounts a trusting role without the caller's identity allow is refused",
                ALICE,
                "sts:AssumeRole",
                ROLE_ARN,
                B,
                List.of(),
                List.of(trust(aws(ALICE_ARN))),
                true,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a trust policy condition on sts:ExternalId lets in only the right id",
                ALICE,
                "sts:AssumeRole",
                ROLE_ARN,
                B,
                List.of(EVERYTHING),
                List.of(
                    "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':"
                        + aws(A)
                        + ",'Action':'sts:AssumeRole','Condition':{'StringEquals':{'sts:ExternalId':'x-1'}}}}"),
                true,
                null,
                Map.of("sts:ExternalId", ContextValue.string("x-2")),
                Decision.IMPLICIT_DENY),
            new Row(
                "root may do anything in its own account",
                ROOT_A,
                "iam:DeleteUser",
                ALICE_ARN,
                A,
                List.of(EVERYTHING),
                List.of(),
                false,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "root is still refused by an explicit deny in a resource policy",
                ROOT_A,
                "s3:GetObject",
                OBJECT,
                A,
                List.of(EVERYTHING),
                List.of(grant("Deny", "'*'", "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.EXPLICIT_DENY),
            new Row(
                "root of another account needs the resource policy",
                ROOT_A,
                "s3:GetObject",
                OBJECT,
                B,
                List.of(EVERYTHING),
                List.of(),
                false,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "root of another account is let in by a resource policy naming its account",
                ROOT_A,
                "s3:GetObject",
                OBJECT,
                B,
                List.of(EVERYTHING),
                List.of(grant("Allow", aws(A), "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "an anonymous caller is let in by a public resource policy",
                RequestPrincipal.anonymous(),
                "s3:GetObject",
                OBJECT,
                A,
                List.of(),
                List.of(grant("Allow", "'*'", "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "an anonymous caller is refused by a policy naming an account",
                RequestPrincipal.anonymous(),
                "s3:GetObject",
                OBJECT,
                A,
                List.of(),
                List.of(grant("Allow", aws(A), "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a federated user's session policy narrows its issuer's permissions",
                FEDERATED_BOB,
                "s3:PutObject",
                OBJECT,
                A,
                List.of(EVERYTHING),
                List.of(),
                false,
                allow("s3:GetObject", "*"),
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a resource policy naming a federated user allows it",
                FEDERATED_BOB,
                "s3:GetObject",
                OBJECT,
                A,
                List.of(),
                List.of(
                    grant(
                        "Allow", aws("arn:aws:sts::" + A + ":federated-user/bob"), "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "a deny in a session policy is an explicit deny",
                SESSION_IN_B,
                "s3:GetObject",
                OBJECT,
                B,
                List.of(EVERYTHING),
                List.of(),
                false,
                "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*'},"
                    + "{'Effect':'Deny','Action':'s3:GetObject','Resource':'*'}]}",
                Map.of(),
                Decision.EXPLICIT_DENY),
            new Row(
                "across accounts an identity deny beats the resource policy's allow",
                ALICE,
                "s3:GetObject",
                OBJECT,
                B,
                List.of(EVERYTHING, deny("s3:GetObject", "*")),
                List.of(grant("Allow", aws(ALICE_ARN), "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.EXPLICIT_DENY),
            new Row(
                "a resource policy naming a role with a path allows its sessions",
                SESSION_IN_B,
                "s3:GetObject",
                OBJECT,
                B,
                List.of(),
                List.of(grant("Allow", aws(ROLE_ARN), "s3:GetObject")),
                false,
                null,
                Map.of(),
                Decision.ALLOWED),
            new Row(
                "a principal-tag variable scopes a resource to the caller's team",
                ALICE,
                "s3:GetObject",
                "arn:aws:s3:::b/blue/k",
                A,
                List.of(allow("s3:GetObject", "arn:aws:s3:::b/${aws:PrincipalTag/team}/*")),
                List.of(),
                false,
                null,
                Map.of("aws:PrincipalTag/team", ContextValue.string("blue")),
                Decision.ALLOWED),
            new Row(
                "a principal-tag variable the caller lacks matches nothing",
                ALICE,
                "s3:GetObject",
                "arn:aws:s3:::b/blue/k",
                A,
                List.of(allow("s3:GetObject", "arn:aws:s3:::b/${aws:PrincipalTag/team}/*")),
                List.of(),
                false,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a bucket policy on a prefix allows another account's user only there",
                ALICE,
                "s3:GetObject",
                "arn:aws:s3:::b/private/k",
                B,
                List.of(allow("s3:*", "*")),
                List.of(
                    "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':"
                        + aws(ALICE_ARN)
                        + ",'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/shared/*'}}"),
                false,
                null,
                Map.of(),
                Decision.IMPLICIT_DENY),
            new Row(
                "a secure-transport condition in a bucket policy refuses plain HTTP",
                ALICE,
                "s3:GetObject",
                OBJECT,
                A,
                List.of(EVERYTHING),
                List.of(
                    "{'Version':'2012-10-17','Statement':{'Effect':'Deny','Principal':'*','Action':'s3:*','Resource':'arn:aws:s3:::b/*',"
                        + "'Condition':{'Bool':{'aws:SecureTransport':'false'}}}}"),
                false,
                null,
                Map.of("aws:SecureTransport", ContextValue.bool(false)),
                Decision.EXPLICIT_DENY),
            new Row(
                "an aws:PrincipalAccount condition lets in the named account only",
                SESSION_IN_B,
                "s3:GetObject",
                OBJECT,
                A,
                List.of(EVERYTHING),
                List.of(
                    "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*',"
                        + "'Condition':{'StringEquals':{'aws:PrincipalAccount':'"
                        + B
                        + "'}}}}"),
                false,
                null,
                Map.of("aws:PrincipalAccount", ContextValue.string(B)),
                Decision.ALLOWED))
        .map(row -> Arguments.of(row.rule(), row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void evaluation_follows_aws_logic(String rule, Row row) {
    ApplicablePolicies policies =
        new ApplicablePolicies(
            row.identity().stream().map(json -> source(json, PolicyKind.IDENTITY)).toList(),
            row.resources().stream().map(AccessRulesTest::resource).toList(),
            List.of(),
            row.session() == null ? List.of() : List.of(source(row.session(), PolicyKind.IDENTITY)),
            row.resourceRequired());
    AuthorizationRequest request =
        AuthorizationRequest.builder(row.principal())
            .action(row.action())
            .resource(row.resource())
            .resourceAccount(row.owner())
            .context(row.context())
            .build();

    assertThat(PolicyEvaluator.evaluate(request, policies).decision())
        .as(rule)
        .isEqualTo(row.expected());
  }

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

  /** A resource policy statement on the bucket's objects. */
  private static String grant(String effect, String principal, String action) {
    return "{'Version':'2012-10-17','Statement':{'Effect':'"
        + effect
        + "','Principal':"
        + principal
        + ",'Action':'"
        + action
        + "','Resource':'arn:aws:s3:::b/*'}}";
  }

  private static String trust(String principal) {
    return "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':"
        + principal
        + ",'Action':'sts:AssumeRole'}}";
  }

  private static String aws(String value) {
    return "{'AWS':'" + value + "'}";
  }

  private static PolicySource resource(String json) {
    return source(json, json.contains("'Resource'") ? PolicyKind.RESOURCE : PolicyKind.TRUST);
  }

  private static PolicySource source(String json, PolicyKind kind) {
    return new PolicySource("p", kind.name(), PolicyDocument.parse(json.replace('\'', '"'), kind));
  }
}
