package org.moto4j.s3.internal.policy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moto4j.core.access.RequiredPermission;
import org.moto4j.core.access.ResourcePolicy;
import org.moto4j.core.policy.Effect;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.core.policy.Principals;
import org.moto4j.core.policy.Statement;
import org.moto4j.core.spi.ResourcePolicies;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.acl.PublicAccessBlock;

/**
 * S3's resource-based policies for access control: for {@code arn:<partition>:s3:::bucket} (and
 * {@code …/key}) the bucket's owner, its bucket policy and its ACL grants restated as a policy (and
 * the object's, for a key), with the bucket's settings applied: no ACL policy when ACLs are
 * disabled (BucketOwnerEnforced), no public grants under IgnorePublicAcls, and under
 * RestrictPublicBuckets a public policy keeps only its Deny statements and the Allow statements for
 * the owner's account or AWS services.
 */
@Singleton
public final class S3ResourcePolicies implements ResourcePolicies {

  /** The {@code PolicySourceType} of every policy answered here. */
  public static final String RESOURCE = "resource";

  private final BucketNamespace namespace;

  @Inject
  public S3ResourcePolicies(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  @Override
  public Optional<ResourcePolicy> policiesOf(RequiredPermission permission) {
    String resource = permission.resource();
    int service = resource.indexOf(":s3:::");
    if (!resource.startsWith("arn:") || service < 0) {
      return Optional.empty();
    }
    String path = resource.substring(service + ":s3:::".length());
    int slash = path.indexOf('/');
    String bucketName = slash < 0 ? path : path.substring(0, slash);
    String key = slash < 0 ? null : path.substring(slash + 1);
    Optional<Bucket> found = namespace.find(bucketName);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Bucket bucket = found.get();
    String bucketArn = resource.substring(0, service) + ":s3:::" + bucketName;
    return Optional.of(new ResourcePolicy(bucket.owner(), policies(bucket, bucketArn, key)));
  }

  /** The policies that speak for the bucket, or for one of its objects when {@code key} is set. */
  static List<PolicySource> policies(Bucket bucket, String bucketArn, String key) {
    List<PolicySource> policies = new ArrayList<>();
    PublicAccessBlock block = AccessSettings.publicAccessBlock(bucket);
    bucket
        .configurations()
        .get(BucketPolicy.KIND)
        .map(policy -> restricted(policy, block, bucket))
        .ifPresent(document -> policies.add(new PolicySource("BucketPolicy", RESOURCE, document)));
    if (AccessSettings.aclsDisabled(bucket)) {
      return policies;
    }
    String bucketOwnerId = CanonicalIds.of(bucket.owner());
    List<Grant> bucketGrants =
        kept(AccessSettings.bucketAcl(bucket).grantsFor(bucketOwnerId, bucketOwnerId), block);
    AclPolicies.ofBucket(bucketGrants, bucketArn)
        .ifPresent(document -> policies.add(new PolicySource("BucketAcl", RESOURCE, document)));
    if (key != null) {
      StoredObject object = bucket.objects().get(key);
      if (object != null) {
        String ownerId = CanonicalIds.of(AccessSettings.objectOwner(bucket, object));
        AccessControlList acl = object.attributes().effectiveAcl();
        AclPolicies.ofObject(
                kept(acl.grantsFor(ownerId, bucketOwnerId), block), bucketArn + "/" + key)
            .ifPresent(document -> policies.add(new PolicySource("ObjectAcl", RESOURCE, document)));
      }
    }
    return policies;
  }

  private static List<Grant> kept(List<Grant> grants, PublicAccessBlock block) {
    if (!block.ignorePublicAcls()) {
      return grants;
    }
    return grants.stream().filter(grant -> !grant.grantee().isPublic()).toList();
  }

  private static PolicyDocument restricted(
      BucketPolicy policy, PublicAccessBlock block, Bucket bucket) {
    if (!block.restrictPublicBuckets() || !policy.isPublic()) {
      return policy.document();
    }
    PolicyDocument document = policy.document();
    List<Statement> kept =
        document.statements().stream()
            .filter(
                statement ->
                    statement.effect() == Effect.DENY
                        || !PublicPolicies.isPublic(statement)
                            && withinAccount(statement.principal(), bucket))
            .toList();
    return new PolicyDocument(document.version(), document.id(), kept, document.json());
  }

  /**
   * Whether an Allow statement names only the owner's account (any of its principals) or services.
   */
  private static boolean withinAccount(Principals principals, Bucket bucket) {
    String account = bucket.owner().value();
    for (var entry : principals.byType().entrySet()) {
      for (String value : entry.getValue()) {
        boolean inAccount =
            entry.getKey().equals("Service")
                || entry.getKey().equals("AWS")
                    && (value.equals(account) || value.contains(":" + account + ":"))
                || entry.getKey().equals("CanonicalUser")
                    && value.equals(CanonicalIds.of(bucket.owner()));
        if (!inAccount) {
          return false;
        }
      }
    }
    return true;
  }
}
