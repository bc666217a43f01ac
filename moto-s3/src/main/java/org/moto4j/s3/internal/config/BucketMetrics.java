package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.s3.internal.BucketAccess;

/** CloudWatch request metrics configurations ({@code ?metrics}): stored, checked, listed. */
public final class BucketMetrics extends IdConfiguration {

  @Inject
  public BucketMetrics(BucketAccess access) {
    super(access, "metrics", "MetricsConfiguration", "ListMetricsConfigurationsResult");
  }

  @Override
  protected void check(XmlNode document) {
    checkFilter(document, List.of("Prefix", "Tag", "AccessPointArn", "And"));
  }
}
