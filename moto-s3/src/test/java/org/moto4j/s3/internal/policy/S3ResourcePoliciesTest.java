package org.moto4j.s3.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moto4j.core.AccountId;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.access.ResourcePolicy;
import org.moto4j.core.policy.ApplicablePolicies;
import org.moto4j.core.policy.AuthorizationRequest;
import org.moto4j.core.policy.ContextValue;
import org.moto4j.core.policy.Decision;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicyEvaluator;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.RequestPrincipal;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.AccessControlList.Grantee;
import org.moto4j.s3.AccessControlList.Permission;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.acl.ObjectOwnership;
import org.moto4j.s3.internal.acl.PublicAccessBlock;

/**
 * What S3 hands access control: the bucket's owner, its policy, and its ACL grants restated as the
 * policy AWS's mapping table gives, with Object Ownership and Block Public Access applied.
 */
class S3ResourcePoliciesTest {

  private static final AccountId OWNER = AccountId.DEFAULT;
  private static final AccountId OTHER = AccountId.of("111111111111");
  private static final String BUCKET_ARN = "arn:aws:s3:::bucket";

  private BucketNamespace namespace;
  private Bucket bucket;
  private S3ResourcePolicies policies;

  @BeforeEach
  void aBucketWithAclsEnabled() {
    namespace = new BucketNamespace();
    bucket = new Bucket("bucket", OWNER, "us-east-1", null, Instant.EPOCH);
    namespace.create(bucket, "us-east-1");
    bucket.configurations().put(AccessSettings.OWNERSHIP, ObjectOwnership.ObjectWriter);
    policies = new S3ResourcePolicies(namespace);
  }

  @Test
  void a_read_grant_to_another_account_allows_it_to_list_the_bucket_only() {
    grant(Grantee.user(CanonicalIds.of(OTHER)), Permission.READ);
    List<PolicySource> sources = policiesOf(BUCKET_ARN);
    assertThat(sources).extracting(PolicySource::id).containsExactly("BucketAcl");
    assertThat(sources.get(0).type()).isEqualTo("resource");
    assertThat(decide(sources, other(), "s3:ListBucket", BUCKET_ARN)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(sources, other(), "s3:ListBucketVersions", BUCKET_ARN))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(sources, other(), "s3:PutObject", BUCKET_ARN + "/k"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(sources, other(), "s3:GetBucketAcl", BUCKET_ARN))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void write_read_acp_and_write_acp_map_to_their_actions() {
    grant(Grantee.user(CanonicalIds.of(OTHER)), Permission.WRITE);
    List<PolicySource> write = policiesOf(BUCKET_ARN);
    assertThat(decide(write, other(), "s3:PutObject", BUCKET_ARN + "/k"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(write, other(), "s3:DeleteObject", BUCKET_ARN + "/k"))
        .isEqualTo(Decision.ALLOWED);
    grant(Grantee.user(CanonicalIds.of(OTHER)), Permission.READ_ACP);
    assertThat(decide(policiesOf(BUCKET_ARN), other(), "s3:GetBucketAcl", BUCKET_ARN))
        .isEqualTo(Decision.ALLOWED);
    grant(Grantee.user(CanonicalIds.of(OTHER)), Permission.WRITE_ACP);
    assertThat(decide(policiesOf(BUCKET_ARN), other(), "s3:PutBucketAcl", BUCKET_ARN))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void all_users_is_anyone_and_authenticated_users_needs_a_signed_caller() {
    grant(Grantee.group(AccessControlList.ALL_USERS), Permission.READ);
    assertThat(decide(policiesOf(BUCKET_ARN), anonymous(), "s3:ListBucket", BUCKET_ARN))
        .isEqualTo(Decision.ALLOWED);
    grant(Grantee.group(AccessControlList.AUTHENTICATED_USERS), Permission.READ);
    assertThat(decide(policiesOf(BUCKET_ARN), anonymous(), "s3:ListBucket", BUCKET_ARN))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(policiesOf(BUCKET_ARN), other(), "s3:ListBucket", BUCKET_ARN))
        .isEqualTo(Decision.ALLOWED);
  }

  @Test
  void an_object_read_grant_allows_get_object_of_that_key() {
    String ownerId = CanonicalIds.of(OWNER);
    bucket
        .objects()
        .put(
            "k",
            new StoredObject(
                "k",
                ObjectBody.NONE,
                "\"etag\"",
                Instant.EPOCH,
                OWNER,
                ObjectAttributes.DEFAULTS.withAcl(
                    AccessControlList.of(
                        List.of(
                            new Grant(Grantee.user(ownerId), Permission.FULL_CONTROL),
                            new Grant(Grantee.user(CanonicalIds.of(OTHER)), Permission.READ)))),
                ObjectEncryption.S3_MANAGED,
                null,
                null));
    List<PolicySource> sources = policiesOf(BUCKET_ARN + "/k");
    assertThat(sources).extracting(PolicySource::id).containsExactly("BucketAcl", "ObjectAcl");
    assertThat(decide(sources, other(), "s3:GetObject", BUCKET_ARN + "/k"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(sources, other(), "s3:GetObjectVersion", BUCKET_ARN + "/k"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(sources, other(), "s3:PutObjectAcl", BUCKET_ARN + "/k"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(sources, other(), "s3:GetObject", BUCKET_ARN + "/other"))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void acls_are_dropped_when_the_bucket_disables_them() {
    grant(Grantee.user(CanonicalIds.of(OTHER)), Permission.FULL_CONTROL);
    bucket.configurations().put(AccessSettings.OWNERSHIP, ObjectOwnership.BucketOwnerEnforced);
    assertThat(policiesOf(BUCKET_ARN)).isEmpty();
  }

  @Test
  void ignore_public_acls_drops_the_public_grants_only() {
    grant(Grantee.group(AccessControlList.ALL_USERS), Permission.READ);
    bucket
        .configurations()
        .put(AccessSettings.PUBLIC_ACCESS_BLOCK, new PublicAccessBlock(false, true, false, false));
    List<PolicySource> sources = policiesOf(BUCKET_ARN);
    assertThat(decide(sources, anonymous(), "s3:ListBucket", BUCKET_ARN))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(sources, owner(), "s3:ListBucket", BUCKET_ARN)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void restrict_public_buckets_keeps_a_public_policys_denies_and_owner_statements() {
    String json =
        "{\"Version\":\"2012-10-17\",\"Statement\":["
            + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::bucket/*\"},"
            + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:DeleteObject\","
            + "\"Resource\":\"arn:aws:s3:::bucket/*\"}]}";
    PolicyDocument document = PolicyDocument.parse(json, PolicyKind.RESOURCE);
    bucket.configurations().put(BucketPolicy.KIND, new BucketPolicy(json, document, true));
    assertThat(
            decide(
                policiesOf(BUCKET_ARN + "/k"),
                anonymous(),
                "s3:GetObject",
                "arn:aws:s3:::bucket/k"))
        .isEqualTo(Decision.ALLOWED);
    bucket
        .configurations()
        .put(AccessSettings.PUBLIC_ACCESS_BLOCK, new PublicAccessBlock(false, false, false, true));
    List<PolicySource> restricted = policiesOf(BUCKET_ARN + "/k");
    assertThat(restricted.get(0).id()).isEqualTo("BucketPolicy");
    assertThat(decide(restricted, anonymous(), "s3:GetObject", "arn:aws:s3:::bucket/k"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(restricted, other(), "s3:DeleteObject", "arn:aws:s3:::bucket/k"))
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void the_owner_is_the_bucket_account_and_other_resources_are_not_s3s() {
    ResourcePolicy policy =
        policies.policiesOf(RequiredPermission.of("s3:ListBucket", BUCKET_ARN)).orElseThrow();
    assertThat(policy.owner()).isEqualTo(OWNER);
    assertThat(policies.policiesOf(RequiredPermission.of("s3:ListBucket", "arn:aws:s3:::none")))
        .isEmpty();
    assertThat(
            policies.policiesOf(
                RequiredPermission.of("iam:GetRole", "arn:aws:iam::123456789012:role/r")))
        .isEmpty();
  }

  private void grant(Grantee grantee, Permission permission) {
    String ownerId = CanonicalIds.of(OWNER);
    bucket
        .configurations()
        .put(
            AccessSettings.BUCKET_ACL,
            AccessControlList.of(
                List.of(
                    new Grant(Grantee.user(ownerId), Permission.FULL_CONTROL),
                    new Grant(grantee, permission))));
  }

  private List<PolicySource> policiesOf(String arn) {
    return policies
        .policiesOf(new RequiredPermission("s3:GetObject", arn, OWNER, Map.of()))
        .orElseThrow()
        .policies();
  }

  private static RequestPrincipal other() {
    return RequestPrincipal.root(OTHER.value(), "aws");
  }

  private static RequestPrincipal owner() {
    return RequestPrincipal.root(OWNER.value(), "aws");
  }

  private static RequestPrincipal anonymous() {
    return RequestPrincipal.anonymous();
  }

  /** The resource policies' decision alone, as across accounts (no identity policy allows). */
  private static Decision decide(
      List<PolicySource> sources, RequestPrincipal principal, String action, String resource) {
    Decision result = Decision.IMPLICIT_DENY;
    for (PolicySource source : sources) {
      AuthorizationRequest.Builder request =
          AuthorizationRequest.builder(principal)
              .action(action)
              .resource(resource)
              .resourceAccount(OWNER.value());
      if (principal.accountId() != null) {
        request.context("aws:PrincipalAccount", ContextValue.string(principal.accountId()));
      }
      ApplicablePolicies applicable = ApplicablePolicies.identity(List.of()).withResource(source);
      Decision decision =
          PolicyEvaluator.evaluate(request.build(), applicable).resource().decision();
      if (decision == Decision.EXPLICIT_DENY) {
        return decision;
      }
      if (decision == Decision.ALLOWED) {
        result = decision;
      }
    }
    return result;
  }
}
