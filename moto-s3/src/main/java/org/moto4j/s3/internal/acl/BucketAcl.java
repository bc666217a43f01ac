package org.moto4j.s3.internal.acl;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.ExpectedOwners;

/**
 * {@code GET|PUT /bucket?acl}: the bucket's ACL, set by a canned {@code x-amz-acl}, {@code
 * x-amz-grant-*} headers or an {@code AccessControlPolicy} body. A bucket that disables ACLs
 * (BucketOwnerEnforced) answers its owner's full control and takes nothing more.
 */
public final class BucketAcl implements S3Operation {

  private final BucketAccess access;

  @Inject
  public BucketAcl(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    String ownerId = CanonicalIds.of(bucket.owner());
    if (request.operation().equals("GetBucketAcl")) {
      List<AccessControlList.Grant> grants =
          AccessSettings.aclsDisabled(bucket)
              ? AccessControlList.PRIVATE.grantsFor(ownerId, ownerId)
              : AccessSettings.bucketAcl(bucket).grantsFor(ownerId, ownerId);
      return MotoResponse.status(200).xml(AclDocuments.write(ownerId, grants));
    }
    AccessControlList acl = AclRequests.read(request);
    AccessSettings.checkSettable(bucket, acl, ownerId);
    bucket.configurations().put(AccessSettings.BUCKET_ACL, acl);
    return MotoResponse.status(200);
  }
}
