package org.moto4j.s3.internal.acl;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ConfigurationBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.objects.ExpectedOwners;

/**
 * {@code PUT|GET|DELETE /bucket?ownershipControls}: the bucket's Object Ownership, one rule. A
 * bucket whose ACL grants others cannot switch to BucketOwnerEnforced; once deleted, Get answers
 * {@code OwnershipControlsNotFoundError} and writers own their objects again.
 */
public final class BucketOwnershipControls implements S3Operation {

  private final BucketAccess access;

  @Inject
  public BucketOwnershipControls(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    return switch (request.operation()) {
      case "PutBucketOwnershipControls" -> {
        ObjectOwnership ownership = parse(ConfigurationBodies.read(request, "OwnershipControls"));
        if (ownership == ObjectOwnership.BucketOwnerEnforced
            && !AccessSettings.ownerFullControlOnly(
                AccessSettings.bucketAcl(bucket), CanonicalIds.of(bucket.owner()))) {
          throw S3Errors.INVALID_BUCKET_ACL_WITH_OWNERSHIP.exception();
        }
        bucket.configurations().put(AccessSettings.OWNERSHIP, ownership);
        yield MotoResponse.status(200);
      }
      case "GetBucketOwnershipControls" -> {
        ObjectOwnership ownership =
            bucket
                .configurations()
                .get(AccessSettings.OWNERSHIP)
                .orElseThrow(
                    () ->
                        S3Errors.OWNERSHIP_CONTROLS_NOT_FOUND
                            .exception()
                            .with("BucketName", bucket.name()));
        String xml =
            XmlWriter.document()
                .start("OwnershipControls", S3Service.NAMESPACE)
                .start("Rule")
                .element("ObjectOwnership", ownership.name())
                .end()
                .end()
                .toXml();
        yield MotoResponse.status(200).xml(xml);
      }
      default -> {
        bucket.configurations().remove(AccessSettings.OWNERSHIP);
        yield MotoResponse.status(204);
      }
    };
  }

  private static ObjectOwnership parse(XmlNode document) {
    List<XmlNode> rules = document.children("Rule");
    if (rules.size() != 1) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return ObjectOwnership.parse(rules.get(0).requiredText("ObjectOwnership").trim())
        .orElseThrow(() -> S3Errors.MALFORMED_XML.exception());
  }
}
