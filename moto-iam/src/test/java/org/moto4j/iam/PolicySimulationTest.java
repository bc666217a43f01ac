package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.PolicySourceType;
import software.amazon.awssdk.services.iam.model.ResourceSpecificResult;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyResponse;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;
import software.amazon.awssdk.services.iam.model.Statement;

/** SimulateCustomPolicy, SimulatePrincipalPolicy and GetContextKeysFor*, through the SDK. */
class PolicySimulationTest extends IamServerTest {

  /** AWS CLI's documented example, with its documented statement positions. */
  private static final String DYNAMO_AFTER_DATE =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\","
          + "\"Resource\":\"*\",\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":"
          + "\"2018-08-16T12:00:00Z\"}}}}";

  private static final String READ_BUCKET =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Read\",\"Effect\":\"Allow\","
          + "\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::b\","
          + "\"arn:aws:s3:::b/*\"]}]}";

  private static final String DENY_SECRET =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"NoSecrets\",\"Effect\":\"Deny\","
          + "\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/secret/*\"}}";

  private static ContextEntry time(String value) {
    return ContextEntry.builder()
        .contextKeyName("aws:CurrentTime")
        .contextKeyType(ContextKeyTypeEnum.DATE)
        .contextKeyValues(value)
        .build();
  }

  @Test
  void a_custom_policy_allows_with_the_statement_at_its_documented_position() {
    SimulateCustomPolicyResponse response =
        iam.simulateCustomPolicy(
            r ->
                r.policyInputList(DYNAMO_AFTER_DATE)
                    .actionNames("dynamodb:CreateBackup")
                    .contextEntries(time("2019-04-25T11:00:00Z")));

    EvaluationResult result = response.evaluationResults().get(0);
    assertThat(result.evalActionName()).isEqualTo("dynamodb:CreateBackup");
    assertThat(result.evalResourceName()).isEqualTo("*");
    assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    Statement statement = result.matchedStatements().get(0);
    assertThat(statement.sourcePolicyId()).isEqualTo("PolicyInputList.1");
    assertThat(statement.sourcePolicyType()).isEqualTo(PolicySourceType.NONE);
    assertThat(statement.startPosition().line()).isEqualTo(1);
    assertThat(statement.startPosition().column()).isEqualTo(38);
    assertThat(statement.endPosition().line()).isEqualTo(1);
    assertThat(statement.endPosition().column()).isEqualTo(167);
    assertThat(result.missingContextValues()).isEmpty();
    assertThat(result.hasEvalDecisionDetails()).isFalse();
    assertThat(response.isTruncated()).isFalse();
  }

  @Test
  void a_condition_that_fails_is_an_implicit_deny_and_a_missing_key_is_reported() {
    EvaluationResult early =
        iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(DYNAMO_AFTER_DATE)
                        .actionNames("dynamodb:CreateBackup")
                        .contextEntries(time("2018-04-25T11:00:00Z")))
            .evaluationResults()
            .get(0);
    assertThat(early.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
    assertThat(early.matchedStatements()).isEmpty();

    EvaluationResult unknown =
        iam.simulateCustomPolicy(
                r -> r.policyInputList(DYNAMO_AFTER_DATE).actionNames("dynamodb:CreateBackup"))
            .evaluationResults()
            .get(0);
    assertThat(unknown.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
    assertThat(unknown.missingContextValues()).containsExactly("aws:CurrentTime");
  }

  @Test
  void resources_get_their_own_results_and_the_action_the_most_restrictive_one() {
    SimulateCustomPolicyResponse response =
        iam.simulateCustomPolicy(
            r ->
                r.policyInputList(READ_BUCKET, DENY_SECRET)
                    .actionNames("s3:GetObject", "s3:PutObject")
                    .resourceArns("arn:aws:s3:::b/public/a", "arn:aws:s3:::b/secret/a"));

    EvaluationResult get = response.evaluationResults().get(0);
    assertThat(get.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
    assertThat(get.resourceSpecificResults())
        .extracting(
            ResourceSpecificResult::evalResourceName, ResourceSpecificResult::evalResourceDecision)
        .containsExactly(
            tuple("arn:aws:s3:::b/public/a", PolicyEvaluationDecisionType.ALLOWED),
            tuple("arn:aws:s3:::b/secret/a", PolicyEvaluationDecisionType.EXPLICIT_DENY));
    assertThat(get.resourceSpecificResults().get(0).matchedStatements())
        .extracting(Statement::sourcePolicyId)
        .containsExactly("PolicyInputList.1");
    assertThat(get.resourceSpecificResults().get(1).matchedStatements())
        .extracting(Statement::sourcePolicyId)
        .containsExactly("PolicyInputList.2");
    assertThat(get.hasEvalDecisionDetails()).isTrue();
    assertThat(get.evalDecisionDetails()).isEmpty();

    EvaluationResult put = response.evaluationResults().get(1);
    assertThat(put.evalActionName()).isEqualTo("s3:PutObject");
    assertThat(put.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
    assertThat(put.resourceSpecificResults().get(0).evalResourceDecision())
        .isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
  }

  @Test
  void results_page_by_action_with_marker_and_max_items() {
    SimulateCustomPolicyResponse first =
        iam.simulateCustomPolicy(
            r ->
                r.policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject", "s3:ListBucket", "s3:PutObject")
                    .resourceArns("arn:aws:s3:::b/k")
                    .maxItems(2));
    assertThat(first.isTruncated()).isTrue();
    assertThat(first.evaluationResults())
        .extracting(EvaluationResult::evalActionName)
        .containsExactly("s3:GetObject", "s3:ListBucket");

    SimulateCustomPolicyResponse second =
        iam.simulateCustomPolicy(
            r ->
                r.policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject", "s3:ListBucket", "s3:PutObject")
                    .resourceArns("arn:aws:s3:::b/k")
                    .maxItems(2)
                    .marker(first.marker()));
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.evaluationResults())
        .extracting(EvaluationResult::evalActionName, EvaluationResult::evalDecision)
        .containsExactly(tuple("s3:PutObject", PolicyEvaluationDecisionType.IMPLICIT_DENY));
  }

  @Test
  void a_permissions_boundary_narrows_and_says_so() {
    String everything =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}";
    String onlyS3 =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}";
    List<EvaluationResult> results =
        iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(everything)
                        .permissionsBoundaryPolicyInputList(onlyS3)
                        .actionNames("s3:GetObject", "iam:CreateUser"))
            .evaluationResults();

    assertThat(results.get(0).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    assertThat(results.get(0).permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary())
        .isTrue();
    assertThat(results.get(1).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
    assertThat(results.get(1).permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary())
        .isFalse();
  }

  @Test
  void a_resource_policy_across_accounts_needs_both_sides_and_details_each() {
    String caller = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice";
    String bucketPolicy =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
            + caller
            + "\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}}";

    EvaluationResult onlyResource =
        iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(DENY_SECRET)
                        .resourcePolicy(bucketPolicy)
                        .callerArn(caller)
                        .resourceOwner("arn:aws:iam::" + OTHER_ACCOUNT + ":root")
                        .actionNames("s3:GetObject")
                        .resourceArns("arn:aws:s3:::b/k"))
            .evaluationResults()
            .get(0);
    assertThat(onlyResource.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
    assertThat(onlyResource.evalDecisionDetails())
        .containsEntry("IAM Policy", PolicyEvaluationDecisionType.IMPLICIT_DENY)
        .containsEntry("Resource Policy", PolicyEvaluationDecisionType.ALLOWED);

    EvaluationResult both =
        iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(READ_BUCKET)
                        .resourcePolicy(bucketPolicy)
                        .callerArn(caller)
                        .resourceOwner(OTHER_ACCOUNT)
                        .actionNames("s3:GetObject")
                        .resourceArns("arn:aws:s3:::b/k"))
            .evaluationResults()
            .get(0);
    assertThat(both.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    assertThat(both.matchedStatements())
        .extracting(Statement::sourcePolicyId, Statement::sourcePolicyType)
        .containsExactly(
            tuple("PolicyInputList.1", PolicySourceType.NONE),
            tuple("ResourcePolicy", PolicySourceType.RESOURCE));
  }

  @Test
  void within_the_account_a_resource_policy_naming_the_caller_allows_alone() {
    String caller = "arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice";
    String bucketPolicy =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
            + caller
            + "\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}}";
    EvaluationResult result =
        iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(DENY_SECRET)
                        .resourcePolicy(bucketPolicy)
                        .callerArn(caller)
                        .actionNames("s3:GetObject")
                        .resourceArns("arn:aws:s3:::b/k"))
            .evaluationResults()
            .get(0);
    assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
  }

  @Test
  void bad_input_is_refused_with_aws_errors() {
    assertAwsError(
        () ->
            iam.simulateCustomPolicy(
                r -> r.policyInputList("{\"Statement\":[]}").actionNames("s3:GetObject")),
        400,
        "InvalidInput",
        "Syntax errors in policy.");
    assertAwsError(
        () ->
            iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(READ_BUCKET)
                        .resourcePolicy(
                            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}")
                        .actionNames("s3:GetObject")),
        400,
        "InvalidInput",
        "Missing required parameter: CallerArn is required when a ResourcePolicy is provided.");
    assertAwsError(
        () -> iam.simulateCustomPolicy(r -> r.policyInputList(READ_BUCKET)),
        400,
        "ValidationError",
        "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint:"
            + " Member must not be null");
    assertAwsError(
        () ->
            iam.simulateCustomPolicy(
                r ->
                    r.policyInputList(READ_BUCKET)
                        .actionNames("s3:GetObject")
                        .callerArn("arn:aws:sts::123456789012:assumed-role/r/s")),
        400,
        "InvalidInput",
        "Invalid ARN: arn:aws:sts::123456789012:assumed-role/r/s");
  }

  @Test
  void a_user_is_simulated_with_its_own_and_its_groups_policies() {
    iam.createUser(r -> r.userName("alice"));
    iam.putUserPolicy(r -> r.userName("alice").policyName("read").policyDocument(READ_BUCKET));
    iam.createGroup(r -> r.groupName("guards"));
    iam.addUserToGroup(r -> r.groupName("guards").userName("alice"));
    iam.putGroupPolicy(r -> r.groupName("guards").policyName("deny").policyDocument(DENY_SECRET));
    String userArn = iam.getUser(r -> r.userName("alice")).user().arn();

    SimulatePrincipalPolicyResponse response =
        iam.simulatePrincipalPolicy(
            r ->
                r.policySourceArn(userArn)
                    .actionNames("s3:GetObject")
                    .resourceArns("arn:aws:s3:::b/k", "arn:aws:s3:::b/secret/k"));

    EvaluationResult result = response.evaluationResults().get(0);
    assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.EXPLICIT_DENY);
    assertThat(result.resourceSpecificResults().get(0).matchedStatements())
        .extracting(Statement::sourcePolicyId, Statement::sourcePolicyType)
        .containsExactly(tuple("read", PolicySourceType.USER));
    assertThat(result.resourceSpecificResults().get(1).matchedStatements())
        .extracting(Statement::sourcePolicyId, Statement::sourcePolicyType)
        .containsExactly(tuple("deny", PolicySourceType.GROUP));
  }

  @Test
  void a_role_is_simulated_with_attached_policies_its_boundary_and_exclusions() {
    iam.createRole(r -> r.roleName("app").assumeRolePolicyDocument(RolesTest.TRUST));
    iam.attachRolePolicy(
        r -> r.roleName("app").policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
    String boundaryArn =
        iam.createPolicy(
                r ->
                    r.policyName("s3-only")
                        .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}"))
            .policy()
            .arn();
    iam.putRolePermissionsBoundary(r -> r.roleName("app").permissionsBoundary(boundaryArn));
    String roleArn = iam.getRole(r -> r.roleName("app")).role().arn();

    List<EvaluationResult> results =
        iam.simulatePrincipalPolicy(
                r -> r.policySourceArn(roleArn).actionNames("s3:GetObject", "iam:CreateUser"))
            .evaluationResults();
    assertThat(results.get(0).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    assertThat(results.get(0).matchedStatements())
        .extracting(Statement::sourcePolicyId, Statement::sourcePolicyType)
        .containsExactly(tuple("AdministratorAccess", PolicySourceType.AWS_MANAGED));
    assertThat(results.get(1).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
    assertThat(results.get(1).permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary())
        .isFalse();

    EvaluationResult excluded =
        iam.simulatePrincipalPolicy(
                r ->
                    r.policySourceArn(roleArn)
                        .actionNames("s3:GetObject")
                        .policyExclusionList(e -> e.policyArn("arn:aws:iam::aws:policy/Admin*")))
            .evaluationResults()
            .get(0);
    assertThat(excluded.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
  }

  @Test
  void unknown_and_foreign_principals_are_refused_and_other_accounts_simulate_their_own() {
    assertAwsError(
        () ->
            iam.simulatePrincipalPolicy(
                r ->
                    r.policySourceArn("arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/bob")
                        .actionNames("s3:GetObject")),
        404,
        "NoSuchEntity",
        "The user with name bob cannot be found.");
    assertAwsError(
        () ->
            iam.simulatePrincipalPolicy(
                r -> r.policySourceArn("arn:aws:s3:::some-bucket").actionNames("s3:GetObject")),
        400,
        "InvalidInput",
        "ARN arn:aws:s3:::some-bucket is not valid.");

    IamClient other = inAccount(OTHER_ACCOUNT);
    other.createUser(r -> r.userName("carol"));
    other.putUserPolicy(r -> r.userName("carol").policyName("read").policyDocument(READ_BUCKET));
    String carol = "arn:aws:iam::" + OTHER_ACCOUNT + ":user/carol";
    assertThat(
            other
                .simulatePrincipalPolicy(
                    r ->
                        r.policySourceArn(carol)
                            .actionNames("s3:GetObject")
                            .resourceArns("arn:aws:s3:::b/k"))
                .evaluationResults()
                .get(0)
                .evalDecision())
        .isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
    assertAwsError(
        () ->
            iam.simulatePrincipalPolicy(r -> r.policySourceArn(carol).actionNames("s3:GetObject")),
        400,
        "InvalidInput",
        "ARN " + carol + " is not valid.");
  }

  @Test
  void context_keys_are_listed_for_custom_and_principal_policies() {
    String conditional =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"arn:aws:s3:::home/${aws:username}/*\",\"Condition\":{\"Bool\":"
            + "{\"aws:SecureTransport\":\"true\"},\"StringLike\":{\"s3:prefix\":\"home/*\"}}}}";
    assertThat(
            iam.getContextKeysForCustomPolicy(
                    r -> r.policyInputList(conditional, DYNAMO_AFTER_DATE))
                .contextKeyNames())
        .containsExactly("aws:username", "aws:SecureTransport", "s3:prefix", "aws:CurrentTime");

    iam.createUser(r -> r.userName("alice"));
    iam.putUserPolicy(r -> r.userName("alice").policyName("c").policyDocument(conditional));
    assertThat(
            iam.getContextKeysForPrincipalPolicy(
                    r ->
                        r.policySourceArn("arn:aws:iam::" + DEFAULT_ACCOUNT + ":user/alice")
                            .policyInputList(DYNAMO_AFTER_DATE))
                .contextKeyNames())
        .containsExactly("aws:username", "aws:SecureTransport", "s3:prefix", "aws:CurrentTime");
    assertAwsError(
        () -> iam.getContextKeysForCustomPolicy(r -> r.policyInputList("not json")),
        400,
        "InvalidInput",
        "Syntax errors in policy.");
  }
}
