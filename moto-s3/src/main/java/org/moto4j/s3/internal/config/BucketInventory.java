package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.s3.internal.BucketAccess;

/** Inventory report configurations ({@code ?inventory}): stored, checked, listed; no report. */
public final class BucketInventory extends IdConfiguration {

  @Inject
  public BucketInventory(BucketAccess access) {
    super(access, "inventory", "InventoryConfiguration", "ListInventoryConfigurationsResult");
  }

  @Override
  protected void check(XmlNode document) {
    XmlNode destination = document.required("Destination").required("S3BucketDestination");
    destination.requiredText("Bucket");
    oneOf(destination, "Format", List.of("CSV", "ORC", "Parquet"));
    oneOf(document, "IsEnabled", List.of("true", "false"));
    oneOf(document, "IncludedObjectVersions", List.of("All", "Current"));
    oneOf(document.required("Schedule"), "Frequency", List.of("Daily", "Weekly"));
  }
}
