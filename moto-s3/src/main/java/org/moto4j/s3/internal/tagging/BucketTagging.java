package org.moto4j.s3.internal.tagging;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ConfigurationBodies;

/**
 * {@code PUT|GET|DELETE /bucket?tagging}: a bucket's tags (at most 50), replaced whole by a Put;
 * Get on an untagged bucket answers {@code NoSuchTagSet}. Only the owner may use them.
 */
public final class BucketTagging implements S3Operation {

  private final BucketAccess access;

  @Inject
  public BucketTagging(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    return switch (request.operation()) {
      case "PutBucketTagging" -> {
        BucketTags tags =
            new BucketTags(
                TagSets.parse(
                    ConfigurationBodies.read(request, "Tagging"),
                    TagSets.MAX_BUCKET_TAGS,
                    S3Errors.TOO_MANY_BUCKET_TAGS));
        bucket.configurations().put(BucketTags.KIND, tags);
        yield MotoResponse.status(204);
      }
      case "GetBucketTagging" -> {
        BucketTags tags =
            bucket
                .configurations()
                .get(BucketTags.KIND)
                .orElseThrow(
                    () -> S3Errors.NO_SUCH_TAG_SET.exception().with("BucketName", bucket.name()));
        yield MotoResponse.status(200).xml(TagSets.document(tags.tags()));
      }
      default -> {
        bucket.configurations().remove(BucketTags.KIND);
        yield MotoResponse.status(204);
      }
    };
  }
}
