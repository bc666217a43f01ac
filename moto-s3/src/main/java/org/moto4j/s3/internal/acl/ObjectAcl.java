package org.moto4j.s3.internal.acl;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.ExpectedOwners;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code GET|PUT /bucket/key?acl[&versionId=]}: an object version's ACL. A Put replaces the ACL of
 * that version, sharing its body, unless a writer replaced it meanwhile (then it retries on the new
 * one). In a bucket that disables ACLs the bucket owner owns every object with full control.
 */
public final class ObjectAcl implements S3Operation {

  private final BucketAccess access;

  @Inject
  public ObjectAcl(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    String versionId = Versions.parameter(request);
    String method = request.http().method();
    if (request.operation().equals("GetObjectAcl")) {
      StoredObject object = Versions.readable(bucket, request.key(), versionId, method);
      String ownerId = CanonicalIds.of(AccessSettings.objectOwner(bucket, object));
      String bucketOwnerId = CanonicalIds.of(bucket.owner());
      List<AccessControlList.Grant> grants =
          AccessSettings.aclsDisabled(bucket)
              ? AccessControlList.PRIVATE.grantsFor(ownerId, bucketOwnerId)
              : object.attributes().effectiveAcl().grantsFor(ownerId, bucketOwnerId);
      return Versions.describe(MotoResponse.status(200), bucket, object)
          .xml(AclDocuments.write(ownerId, grants));
    }
    AccessControlList acl = AclRequests.read(request);
    while (true) {
      StoredObject current = Versions.readable(bucket, request.key(), versionId, method);
      AccessSettings.checkSettable(
          bucket, acl, CanonicalIds.of(AccessSettings.objectOwner(bucket, current)));
      StoredObject updated = current.withAttributes(current.attributes().withAcl(acl));
      if (bucket.versions().replace(current, updated)) {
        return Versions.describe(MotoResponse.status(200), bucket, updated);
      }
    }
  }
}
