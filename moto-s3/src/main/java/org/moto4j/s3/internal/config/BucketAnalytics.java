package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.s3.internal.BucketAccess;

/** Storage class analysis configurations ({@code ?analytics}): stored, checked, listed. */
public final class BucketAnalytics extends IdConfiguration {

  @Inject
  public BucketAnalytics(BucketAccess access) {
    super(access, "analytics", "AnalyticsConfiguration", "ListBucketAnalyticsConfigurationResult");
  }

  @Override
  protected void check(XmlNode document) {
    checkFilter(document, List.of("Prefix", "Tag", "And"));
    XmlNode analysis = document.required("StorageClassAnalysis");
    analysis
        .child("DataExport")
        .ifPresent(
            export -> {
              oneOf(export, "OutputSchemaVersion", List.of("V_1"));
              XmlNode destination = export.required("Destination").required("S3BucketDestination");
              oneOf(destination, "Format", List.of("CSV"));
              destination.requiredText("Bucket");
            });
  }
}
