package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * S3 Intelligent-Tiering archive configurations ({@code ?intelligent-tiering}): stored, checked
 * (archive access after 90 to 730 days, deep archive after 180 to 730), listed; nothing moves.
 */
public final class BucketIntelligentTiering extends IdConfiguration {

  @Inject
  public BucketIntelligentTiering(BucketAccess access) {
    super(
        access,
        "intelligent-tiering",
        "IntelligentTieringConfiguration",
        "ListBucketIntelligentTieringConfigurationsOutput");
  }

  @Override
  protected void check(XmlNode document) {
    checkFilter(document, List.of("Prefix", "Tag", "And"));
    oneOf(document, "Status", List.of("Enabled", "Disabled"));
    List<XmlNode> tierings = document.children("Tiering");
    if (tierings.isEmpty()) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    for (XmlNode tiering : tierings) {
      String tier = oneOf(tiering, "AccessTier", List.of("ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"));
      long days = BucketLifecycle.number(tiering.requiredText("Days"));
      long minimum = tier.equals("ARCHIVE_ACCESS") ? 90 : 180;
      if (days < minimum || days > 730) {
        throw S3Errors.INVALID_ARGUMENT
            .exception(
                "The "
                    + tier
                    + " tier days must be between "
                    + minimum
                    + " and 730 days inclusive.")
            .with("ArgumentName", "Days")
            .with("ArgumentValue", Long.toString(days));
      }
    }
  }
}
