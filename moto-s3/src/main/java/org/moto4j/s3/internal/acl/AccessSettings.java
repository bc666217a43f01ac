package org.moto4j.s3.internal.acl;

import java.util.List;
import org.moto4j.core.AccountId;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.AccessControlList.Permission;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketConfigurations.Kind;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * A bucket's access settings, kept with its configurations: its ACL, its Object Ownership and its
 * Public Access Block; and the rules they set for ACL writes. A bucket created by CreateBucket
 * starts as AWS's do since April 2023: ACLs disabled (BucketOwnerEnforced), public access blocked.
 */
public final class AccessSettings {

  /** The bucket's ACL; absent means {@code private}. */
  public static final Kind<AccessControlList> BUCKET_ACL =
      new Kind<>("acl", AccessControlList.class);

  /** The bucket's Object Ownership; absent means the writer owns (S3 before the setting). */
  public static final Kind<ObjectOwnership> OWNERSHIP =
      new Kind<>("ownershipControls", ObjectOwnership.class);

  /** The bucket's Public Access Block; absent means nothing is blocked. */
  public static final Kind<PublicAccessBlock> PUBLIC_ACCESS_BLOCK =
      new Kind<>("publicAccessBlock", PublicAccessBlock.class);

  private static final String BUCKET_OWNER_FULL_CONTROL = "bucket-owner-full-control";

  private AccessSettings() {}

  /**
   * Sets a new bucket's access settings from CreateBucket's headers, before it becomes visible.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} (ownership, ACL headers),
   *     {@code InvalidBucketAclWithObjectOwnership} for ACLs on a bucket that disables them
   */
  public static void initialise(Bucket bucket, S3Request request) {
    String named = request.header("x-amz-object-ownership");
    ObjectOwnership ownership =
        named == null
            ? ObjectOwnership.BucketOwnerEnforced
            : ObjectOwnership.parse(named)
                .orElseThrow(
                    () ->
                        S3Errors.INVALID_OBJECT_OWNERSHIP
                            .exception()
                            .with("ArgumentName", "x-amz-object-ownership")
                            .with("ArgumentValue", named));
    AccessControlList acl = AclHeaders.parse(request::header);
    String ownerId = CanonicalIds.of(bucket.owner());
    if (acl != null
        && ownership == ObjectOwnership.BucketOwnerEnforced
        && !ownerFullControlOnly(acl, ownerId)) {
      throw S3Errors.INVALID_BUCKET_ACL_WITH_OWNERSHIP.exception();
    }
    if (acl != null && acl.isPublic(ownerId, ownerId)) {
      // The new bucket blocks public ACLs, as PutBucketAcl would (AWS's answer not confirmed).
      throw S3Errors.ACCESS_DENIED.exception();
    }
    bucket.configurations().put(OWNERSHIP, ownership);
    bucket.configurations().put(PUBLIC_ACCESS_BLOCK, PublicAccessBlock.ALL);
    if (acl != null) {
      bucket.configurations().put(BUCKET_ACL, acl);
    }
  }

  /** The bucket's Object Ownership in effect: the writer owns when none is set. */
  public static ObjectOwnership ownership(Bucket bucket) {
    return bucket.configurations().get(OWNERSHIP).orElse(ObjectOwnership.ObjectWriter);
  }

  /** Whether the bucket disables ACLs (BucketOwnerEnforced). */
  public static boolean aclsDisabled(Bucket bucket) {
    return ownership(bucket) == ObjectOwnership.BucketOwnerEnforced;
  }

  /** The bucket's Public Access Block in effect. */
  public static PublicAccessBlock publicAccessBlock(Bucket bucket) {
    return bucket.configurations().get(PUBLIC_ACCESS_BLOCK).orElse(PublicAccessBlock.NONE);
  }

  /** The bucket's ACL. */
  public static AccessControlList bucketAcl(Bucket bucket) {
    return bucket.configurations().get(BUCKET_ACL).orElse(AccessControlList.PRIVATE);
  }

  /**
   * Who owns an object: the bucket owner when ACLs are disabled, or when it prefers so and the
   * writer gave it full control; else the writer.
   */
  public static AccountId objectOwner(Bucket bucket, StoredObject object) {
    ObjectOwnership ownership = ownership(bucket);
    if (ownership == ObjectOwnership.BucketOwnerEnforced
        || ownership == ObjectOwnership.BucketOwnerPreferred
            && BUCKET_OWNER_FULL_CONTROL.equals(object.attributes().effectiveAcl().canned())) {
      return bucket.owner();
    }
    return object.owner();
  }

  /**
   * Checks an ACL about to be set on the bucket or on one of its objects.
   *
   * @param acl the ACL, or {@code null} when the request sets none (nothing to check)
   * @param ownerId the canonical id of the resource's owner
   * @throws org.moto4j.core.protocol.AwsException {@code AccessControlListNotSupported} when the
   *     bucket disables ACLs and the ACL is more than the bucket owner's full control; {@code
   *     AccessDenied} for a public ACL when the bucket blocks them
   */
  public static void checkSettable(Bucket bucket, AccessControlList acl, String ownerId) {
    if (acl == null) {
      return;
    }
    String bucketOwnerId = CanonicalIds.of(bucket.owner());
    if (aclsDisabled(bucket) && !ownerFullControlOnly(acl, bucketOwnerId)) {
      throw S3Errors.ACL_NOT_SUPPORTED.exception();
    }
    if (publicAccessBlock(bucket).blockPublicAcls() && acl.isPublic(ownerId, bucketOwnerId)) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
  }

  /** Whether the ACL gives the bucket owner full control and nobody anything else. */
  static boolean ownerFullControlOnly(AccessControlList acl, String bucketOwnerId) {
    List<Grant> grants = acl.grantsFor(bucketOwnerId, bucketOwnerId);
    return grants.stream()
        .allMatch(
            grant ->
                grant.permission() == Permission.FULL_CONTROL
                    && grant.grantee().equals(AccessControlList.Grantee.user(bucketOwnerId)));
  }
}
