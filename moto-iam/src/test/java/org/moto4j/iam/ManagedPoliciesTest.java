package org.moto4j.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Tag;

/** Managed policies and their versions and tags through the real SDK, in one account or two. */
class ManagedPoliciesTest extends IamServerTest {

  static final String READ_S3 =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

  static final String WRITE_S3 =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":[\"s3:PutObject\", \"s3:DeleteObject\"],\"Resource\":\"*\"}]}";

  static final String ADMIN_ARN = "arn:aws:iam::aws:policy/AdministratorAccess";

  static String arn(String name) {
    return "arn:aws:iam::123456789012:policy/" + name;
  }

  static String decoded(String document) {
    return URLDecoder.decode(document, StandardCharsets.UTF_8);
  }

  @Test
  void creating_a_policy_answers_its_identity_version_and_counts() {
    Instant before = Instant.now().minusSeconds(1);

    Policy policy =
        iam.createPolicy(
                r ->
                    r.policyName("read-s3")
                        .path("/app/")
                        .policyDocument(READ_S3)
                        .description("reads objects")
                        .tags(Tag.builder().key("team").value("data").build()))
            .policy();

    assertThat(policy.policyName()).isEqualTo("read-s3");
    assertThat(policy.policyId()).startsWith("ANPA").hasSize(21);
    assertThat(policy.arn()).isEqualTo("arn:aws:iam::123456789012:policy/app/read-s3");
    assertThat(policy.path()).isEqualTo("/app/");
    assertThat(policy.defaultVersionId()).isEqualTo("v1");
    assertThat(policy.attachmentCount()).isZero();
    assertThat(policy.permissionsBoundaryUsageCount()).isZero();
    assertThat(policy.isAttachable()).isTrue();
    assertThat(policy.createDate()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(policy.updateDate()).isEqualTo(policy.createDate());
    assertThat(policy.tags()).containsExactly(Tag.builder().key("team").value("data").build());

    Policy got = iam.getPolicy(r -> r.policyArn(policy.arn())).policy();
    assertThat(got).isEqualTo(policy);
    assertThat(got.description()).isEqualTo("reads objects");
  }

  @Test
  void a_policy_version_answers_its_document_url_encoded_as_aws_does() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(WRITE_S3)).policy().arn();

    PolicyVersion version =
        iam.getPolicyVersion(r -> r.policyArn(arn).versionId("v1")).policyVersion();

    assertThat(version.document()).startsWith("%7B%22Version%22%3A%222012-10-17%22");
    assertThat(version.document()).contains("%2C%20%22s3%3ADeleteObject%22");
    assertThat(decoded(version.document())).isEqualTo(WRITE_S3);
    assertThat(version.versionId()).isEqualTo("v1");
    assertThat(version.isDefaultVersion()).isTrue();
  }

  @Test
  void policy_names_are_unique_in_the_account_whatever_their_case_or_path() {
    iam.createPolicy(r -> r.policyName("Reader").policyDocument(READ_S3));

    assertAwsError(
        () -> iam.createPolicy(r -> r.policyName("READER").path("/x/").policyDocument(READ_S3)),
        409,
        "EntityAlreadyExists",
        "A policy called READER already exists. Duplicate names are not allowed.");
    assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies()).hasSize(1);
  }

  @Test
  void an_account_policy_may_share_its_name_with_an_aws_managed_one() {
    Policy mine =
        iam.createPolicy(r -> r.policyName("AdministratorAccess").policyDocument(READ_S3)).policy();

    assertThat(mine.arn()).isEqualTo(arn("AdministratorAccess"));
    assertThat(iam.getPolicy(r -> r.policyArn(ADMIN_ARN)).policy().arn()).isEqualTo(ADMIN_ARN);
  }

  @Test
  void a_document_that_is_no_policy_is_MalformedPolicyDocument_and_creates_nothing() {
    assertAwsError(
        () -> iam.createPolicy(r -> r.policyName("p").policyDocument("not json")),
        400,
        "MalformedPolicyDocument",
        "Syntax errors in policy.");
    assertAwsError(
        () ->
            iam.createPolicy(
                r ->
                    r.policyName("p")
                        .policyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Resource\":\"*\"}]}")),
        400,
        "MalformedPolicyDocument",
        "Policy statement must contain actions.");
    assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies()).isEmpty();
  }

  @Test
  void a_managed_policy_over_6144_characters_besides_white_space_is_LimitExceeded() {
    String padded = policyOfSize(6144);
    iam.createPolicy(r -> r.policyName("fits").policyDocument(padded.replace(",", ",    ")));

    assertAwsError(
        () -> iam.createPolicy(r -> r.policyName("too-big").policyDocument(policyOfSize(6145))),
        409,
        "LimitExceeded",
        "Cannot exceed quota for PolicySize: 6144");
  }

  /** A valid policy of exactly {@code size} characters, none of them white space. */
  static String policyOfSize(int size) {
    String head =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::";
    String tail = "\"}]}";
    return head + "b".repeat(size - head.length() - tail.length()) + tail;
  }

  @Test
  void bad_names_paths_and_arns_are_ValidationError_or_InvalidInput() {
    assertAwsError(
        () -> iam.createPolicy(r -> r.policyName("bad name").policyDocument(READ_S3)),
        400,
        "ValidationError",
        "1 validation error detected: Value 'bad name' at 'policyName' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    assertAwsError(
        () -> iam.createPolicy(r -> r.policyName("p").path("no-slash").policyDocument(READ_S3)),
        400,
        "ValidationError",
        "1 validation error detected: Value 'no-slash' at 'path' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");
    assertAwsError(
        () -> iam.getPolicy(r -> r.policyArn("arn:aws:iam::123456789012:user/alice")),
        400,
        "InvalidInput",
        "ARN arn:aws:iam::123456789012:user/alice is not valid.");
  }

  @Test
  void an_unknown_policy_is_NoSuchEntity_for_every_operation_naming_it() {
    String missing = arn("missing");
    String message = "Policy " + missing + " was not found.";

    assertAwsError(() -> iam.getPolicy(r -> r.policyArn(missing)), 404, "NoSuchEntity", message);
    assertAwsError(() -> iam.deletePolicy(r -> r.policyArn(missing)), 404, "NoSuchEntity", message);
    assertAwsError(
        () -> iam.getPolicyVersion(r -> r.policyArn(missing).versionId("v1")),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.listPolicyVersions(r -> r.policyArn(missing)), 404, "NoSuchEntity", message);
    assertAwsError(
        () -> iam.createPolicyVersion(r -> r.policyArn(missing).policyDocument(READ_S3)),
        404,
        "NoSuchEntity",
        message);
    assertAwsError(
        () -> iam.listPolicyTags(r -> r.policyArn(missing)), 404, "NoSuchEntity", message);
    assertAwsError(
        () -> iam.tagPolicy(r -> r.policyArn(missing).tags(t -> t.key("k").value("v"))),
        404,
        "NoSuchEntity",
        message);
  }

  @Test
  void versions_are_numbered_on_listed_newest_first_and_the_default_can_move() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();

    PolicyVersion v2 =
        iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(WRITE_S3)).policyVersion();
    PolicyVersion v3 =
        iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(WRITE_S3).setAsDefault(true))
            .policyVersion();

    assertThat(v2.versionId()).isEqualTo("v2");
    assertThat(v2.isDefaultVersion()).isFalse();
    assertThat(v2.document()).isNull();
    assertThat(v3.versionId()).isEqualTo("v3");
    assertThat(v3.isDefaultVersion()).isTrue();
    assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions())
        .extracting(PolicyVersion::versionId, PolicyVersion::isDefaultVersion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("v3", true),
            org.assertj.core.groups.Tuple.tuple("v2", false),
            org.assertj.core.groups.Tuple.tuple("v1", false));
    Policy policy = iam.getPolicy(r -> r.policyArn(arn)).policy();
    assertThat(policy.defaultVersionId()).isEqualTo("v3");
    assertThat(policy.updateDate()).isEqualTo(v3.createDate());

    iam.setDefaultPolicyVersion(r -> r.policyArn(arn).versionId("v1"));
    assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v1");
    iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v3"));
    PolicyVersion v4 =
        iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(READ_S3)).policyVersion();
    assertThat(v4.versionId()).isEqualTo("v4");
  }

  @Test
  void policy_versions_page_with_marker_and_max_items() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();
    IntStream.range(0, 2)
        .forEach(i -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(WRITE_S3)));

    var first = iam.listPolicyVersions(r -> r.policyArn(arn).maxItems(2));
    assertThat(first.versions()).extracting(PolicyVersion::versionId).containsExactly("v3", "v2");
    assertThat(first.isTruncated()).isTrue();
    var rest = iam.listPolicyVersions(r -> r.policyArn(arn).marker(first.marker()));
    assertThat(rest.versions()).extracting(PolicyVersion::versionId).containsExactly("v1");
    assertThat(rest.isTruncated()).isFalse();
    assertAwsError(
        () -> iam.untagPolicy(r -> r.policyArn(arn("missing")).tagKeys("k")),
        404,
        "NoSuchEntity",
        "Policy " + arn("missing") + " was not found.");
  }

  @Test
  void a_policy_has_at_most_five_versions() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();
    IntStream.range(0, 4)
        .forEach(i -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(WRITE_S3)));

    assertAwsError(
        () -> iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(WRITE_S3)),
        409,
        "LimitExceeded",
        "A managed policy can have up to 5 versions. Before you create a new version, you must"
            + " delete an existing version.");
    assertThat(iam.listPolicyVersions(r -> r.policyArn(arn)).versions()).hasSize(5);
  }

  @Test
  void the_default_version_cannot_be_deleted_and_unknown_versions_are_NoSuchEntity() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();

    assertAwsError(
        () -> iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v1")),
        409,
        "DeleteConflict",
        "Cannot delete the default version of a policy.");
    String unknown = "Policy " + arn + " version v7 does not exist or is not attachable.";
    assertAwsError(
        () -> iam.getPolicyVersion(r -> r.policyArn(arn).versionId("v7")),
        404,
        "NoSuchEntity",
        unknown);
    assertAwsError(
        () -> iam.setDefaultPolicyVersion(r -> r.policyArn(arn).versionId("v7")),
        404,
        "NoSuchEntity",
        unknown);
    assertAwsError(
        () -> iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v7")),
        404,
        "NoSuchEntity",
        unknown);
    assertAwsError(
        () -> iam.getPolicyVersion(r -> r.policyArn(arn).versionId("1")),
        400,
        "ValidationError",
        "1 validation error detected: Value '1' at 'versionId' failed to satisfy constraint:"
            + " Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
  }

  @Test
  void a_policy_with_versions_besides_its_default_cannot_be_deleted() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();
    iam.createPolicyVersion(r -> r.policyArn(arn).policyDocument(WRITE_S3));

    assertAwsError(
        () -> iam.deletePolicy(r -> r.policyArn(arn)),
        409,
        "DeleteConflict",
        "This policy has more than one version. Before you delete a policy, you must delete the"
            + " policy's versions. The default version is deleted with the policy.");

    iam.deletePolicyVersion(r -> r.policyArn(arn).versionId("v2"));
    iam.deletePolicy(r -> r.policyArn(arn));
    assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies()).isEmpty();
    iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3));
  }

  @Test
  void listing_policies_pages_by_name_and_filters_by_scope_and_path() {
    List.of("delta", "alpha", "charlie", "bravo")
        .forEach(name -> iam.createPolicy(r -> r.policyName(name).policyDocument(READ_S3)));
    iam.createPolicy(r -> r.policyName("echo").path("/team/").policyDocument(READ_S3));

    ListPoliciesResponse first = iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL).maxItems(2));
    assertThat(first.policies()).extracting(Policy::policyName).containsExactly("alpha", "bravo");
    assertThat(first.isTruncated()).isTrue();
    assertThat(first.policies().get(0).description()).isNull();
    assertThat(
            iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.LOCAL).maxItems(2)).policies())
        .extracting(Policy::policyName)
        .containsExactly("alpha", "bravo", "charlie", "delta", "echo");
    assertThat(
            iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL).pathPrefix("/team/")).policies())
        .extracting(Policy::policyName)
        .containsExactly("echo");
    assertThat(iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.AWS)).policies())
        .allMatch(p -> p.arn().startsWith("arn:aws:iam::aws:policy/"))
        .hasSizeGreaterThan(100);
    assertThat(iam.listPoliciesPaginator(r -> r.maxItems(1000)).policies())
        .extracting(Policy::policyName)
        .contains("alpha", "echo", "AdministratorAccess");
  }

  @Test
  void aws_managed_policies_exist_with_their_real_documents_and_service_role_paths() {
    Policy admin = iam.getPolicy(r -> r.policyArn(ADMIN_ARN)).policy();
    assertThat(admin.policyName()).isEqualTo("AdministratorAccess");
    assertThat(admin.policyId()).startsWith("ANPA").hasSize(21);
    assertThat(admin.path()).isEqualTo("/");
    assertThat(admin.defaultVersionId()).isEqualTo("v1");
    assertThat(inAccount(OTHER_ACCOUNT).getPolicy(r -> r.policyArn(ADMIN_ARN)).policy())
        .isEqualTo(admin);

    String document =
        iam.getPolicyVersion(r -> r.policyArn(ADMIN_ARN).versionId("v1"))
            .policyVersion()
            .document();
    assertThat(decoded(document))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Action\":\"*\",\"Effect\":\"Allow\","
                + "\"Resource\":\"*\"}]}");

    List<String> serviceRoles =
        List.of(
            "AWSLambdaBasicExecutionRole",
            "AWSLambdaVPCAccessExecutionRole",
            "AmazonECSTaskExecutionRolePolicy");
    for (String name : serviceRoles) {
      String arn = "arn:aws:iam::aws:policy/service-role/" + name;
      assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().path()).isEqualTo("/service-role/");
    }
    List<String> common =
        List.of(
            "ReadOnlyAccess",
            "PowerUserAccess",
            "IAMFullAccess",
            "IAMReadOnlyAccess",
            "AmazonS3FullAccess",
            "AmazonS3ReadOnlyAccess",
            "AWSLambdaExecute",
            "AmazonEC2FullAccess",
            "AmazonEC2ReadOnlyAccess",
            "AmazonDynamoDBFullAccess",
            "AmazonSQSFullAccess",
            "AmazonSNSFullAccess",
            "CloudWatchFullAccess",
            "CloudWatchLogsFullAccess",
            "AmazonEC2ContainerRegistryReadOnly",
            "AmazonSSMManagedInstanceCore");
    for (String name : common) {
      assertThat(iam.getPolicy(r -> r.policyArn("arn:aws:iam::aws:policy/" + name)).policy())
          .extracting(Policy::policyName)
          .isEqualTo(name);
    }
  }

  @Test
  void aws_managed_policies_cannot_be_changed_or_deleted() {
    String message = "Policy " + ADMIN_ARN + " is an AWS managed policy: only AWS can change it.";

    assertAwsError(
        () -> iam.deletePolicy(r -> r.policyArn(ADMIN_ARN)), 400, "InvalidInput", message);
    assertAwsError(
        () -> iam.createPolicyVersion(r -> r.policyArn(ADMIN_ARN).policyDocument(READ_S3)),
        400,
        "InvalidInput",
        message);
    assertAwsError(
        () -> iam.tagPolicy(r -> r.policyArn(ADMIN_ARN).tags(t -> t.key("k").value("v"))),
        400,
        "InvalidInput",
        message);
  }

  @Test
  void policy_tags_are_set_replaced_by_key_in_any_case_removed_and_listed() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();

    iam.tagPolicy(
        r ->
            r.policyArn(arn)
                .tags(
                    Tag.builder().key("Team").value("data").build(),
                    Tag.builder().key("env").value("dev").build()));
    iam.tagPolicy(r -> r.policyArn(arn).tags(Tag.builder().key("team").value("ops").build()));

    assertThat(iam.listPolicyTags(r -> r.policyArn(arn)).tags())
        .containsExactly(
            Tag.builder().key("team").value("ops").build(),
            Tag.builder().key("env").value("dev").build());
    assertThat(iam.listPolicyTags(r -> r.policyArn(arn).maxItems(1)).isTruncated()).isTrue();
    iam.untagPolicy(r -> r.policyArn(arn).tagKeys("TEAM", "unknown"));
    assertThat(iam.getPolicy(r -> r.policyArn(arn)).policy().tags())
        .containsExactly(Tag.builder().key("env").value("dev").build());
  }

  @Test
  void a_policy_has_at_most_fifty_tags() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();
    List<Tag> fifty =
        IntStream.range(0, 50)
            .mapToObj(i -> Tag.builder().key("k" + i).value("v").build())
            .toList();
    iam.tagPolicy(r -> r.policyArn(arn).tags(fifty));

    assertAwsError(
        () -> iam.tagPolicy(r -> r.policyArn(arn).tags(t -> t.key("one-more").value("v"))),
        409,
        "LimitExceeded",
        "Cannot exceed quota for TagsPerPolicy: 50");
  }

  @Test
  void policies_of_one_account_are_invisible_from_another_which_may_reuse_the_name() {
    String arn = iam.createPolicy(r -> r.policyName("p").policyDocument(READ_S3)).policy().arn();
    IamClient other = inAccount(OTHER_ACCOUNT);

    assertAwsError(
        () -> other.getPolicy(r -> r.policyArn(arn)),
        404,
        "NoSuchEntity",
        "Policy " + arn + " was not found.");
    Policy theirs = other.createPolicy(r -> r.policyName("p").policyDocument(WRITE_S3)).policy();
    assertThat(theirs.arn()).isEqualTo("arn:aws:iam::111111111111:policy/p");
    assertThat(other.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies())
        .extracting(Policy::arn)
        .containsExactly(theirs.arn());
    assertThat(iam.listPolicies(r -> r.scope(PolicyScopeType.LOCAL)).policies())
        .extracting(Policy::arn)
        .containsExactly(arn);
  }
}
