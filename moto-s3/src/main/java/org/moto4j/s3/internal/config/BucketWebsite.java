package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET|DELETE /bucket?website}: the static website configuration: either a redirect of
 * every request, or an index document suffix (with an optional error document and routing rules).
 * Stored and answered; serving the website endpoint is not done here.
 */
public final class BucketWebsite extends DocumentConfiguration {

  @Inject
  public BucketWebsite(BucketAccess access) {
    super(access, kind("website"), "WebsiteConfiguration");
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    if (document.has("RedirectAllRequestsTo")) {
      document.required("RedirectAllRequestsTo").requiredText("HostName");
      if (document.has("IndexDocument")
          || document.has("ErrorDocument")
          || document.has("RoutingRules")) {
        throw S3Errors.INVALID_REQUEST.exception(
            "RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.");
      }
      return document;
    }
    String suffix =
        document
            .child("IndexDocument")
            .flatMap(index -> index.childText("Suffix"))
            .orElseThrow(
                () ->
                    S3Errors.INVALID_ARGUMENT
                        .exception(
                            "A value for IndexDocument Suffix must be provided if"
                                + " RedirectAllRequestsTo is empty")
                        .with("ArgumentName", "IndexDocument"));
    if (suffix.isEmpty() || suffix.contains("/")) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("The IndexDocument Suffix is not well formed")
          .with("ArgumentName", "IndexDocument")
          .with("ArgumentValue", suffix);
    }
    document.child("ErrorDocument").ifPresent(error -> error.requiredText("Key"));
    return document;
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    throw S3Errors.NO_SUCH_WEBSITE_CONFIGURATION.exception().with("BucketName", bucket.name());
  }
}
