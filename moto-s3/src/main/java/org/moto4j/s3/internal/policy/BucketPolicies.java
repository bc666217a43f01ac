package org.moto4j.s3.internal.policy;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import org.moto4j.core.policy.PolicyDocument;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.XmlBodies;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.objects.ExpectedOwners;

/**
 * {@code PUT|GET|DELETE /bucket?policy} and {@code GET /bucket?policyStatus}: the bucket policy,
 * validated as S3 validates it ({@link BucketPolicyRules}) and refused when public while the
 * bucket's BlockPublicPolicy is on; Get answers the text as it was put. {@code
 * x-amz-confirm-remove-self-bucket-access} is accepted: the owner's root is never locked out here.
 */
public final class BucketPolicies implements S3Operation {

  private final BucketAccess access;

  @Inject
  public BucketPolicies(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    return switch (request.operation()) {
      case "PutBucketPolicy" -> {
        String json = text(request);
        String bucketArn = "arn:" + context.partition() + ":s3:::" + bucket.name();
        PolicyDocument document = BucketPolicyRules.validate(json, bucketArn);
        boolean isPublic = PublicPolicies.isPublic(document);
        if (isPublic && AccessSettings.publicAccessBlock(bucket).blockPublicPolicy()) {
          // AWS's newer text names the BlockPublicPolicy setting; "Access Denied" is the classic.
          throw S3Errors.ACCESS_DENIED.exception();
        }
        bucket.configurations().put(BucketPolicy.KIND, new BucketPolicy(json, document, isPublic));
        yield MotoResponse.status(204);
      }
      case "GetBucketPolicy" ->
          MotoResponse.status(200)
              .header("Content-Type", "application/json")
              .body(ResponseBody.of(policy(bucket).json()));
      case "GetBucketPolicyStatus" -> {
        String xml =
            XmlWriter.document()
                .start("PolicyStatus", S3Service.NAMESPACE)
                .element("IsPublic", policy(bucket).isPublic())
                .end()
                .toXml();
        yield MotoResponse.status(200).xml(xml);
      }
      default -> {
        bucket.configurations().remove(BucketPolicy.KIND);
        yield MotoResponse.status(204);
      }
    };
  }

  private static BucketPolicy policy(Bucket bucket) {
    return bucket
        .configurations()
        .get(BucketPolicy.KIND)
        .orElseThrow(
            () -> S3Errors.NO_SUCH_BUCKET_POLICY.exception().with("BucketName", bucket.name()));
  }

  private static String text(S3Request request) {
    try {
      byte[] bytes = request.body().readNBytes(XmlBodies.MAX_BYTES + 1);
      if (bytes.length > XmlBodies.MAX_BYTES) {
        throw S3Errors.MALFORMED_POLICY.exception(BucketPolicyRules.INVALID_JSON);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
