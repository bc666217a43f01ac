package org.moto4j.s3.internal.cors;

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
 * {@code PUT|GET|DELETE /bucket?cors}: a bucket's CORS rules, which {@link CorsResponses} answers
 * preflights and cross-origin requests from. Only the owner may use them.
 */
public final class BucketCors implements S3Operation {

  private final BucketAccess access;

  @Inject
  public BucketCors(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    return switch (request.operation()) {
      case "PutBucketCors" -> {
        CorsConfiguration rules =
            CorsConfiguration.parse(ConfigurationBodies.read(request, "CORSConfiguration"));
        bucket.configurations().put(CorsConfiguration.KIND, rules);
        yield MotoResponse.status(200);
      }
      case "GetBucketCors" -> {
        CorsConfiguration rules =
            bucket
                .configurations()
                .get(CorsConfiguration.KIND)
                .orElseThrow(
                    () ->
                        S3Errors.NO_SUCH_CORS_CONFIGURATION
                            .exception()
                            .with("BucketName", bucket.name()));
        yield MotoResponse.status(200).xml(rules.document());
      }
      default -> {
        bucket.configurations().remove(CorsConfiguration.KIND);
        yield MotoResponse.status(204);
      }
    };
  }
}
