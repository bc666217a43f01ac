package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET /bucket?abac}: whether attribute-based access control (tags in policy conditions)
 * is enabled for the bucket, {@code Enabled} or {@code Disabled}. Stored and answered; moto4j's
 * policy evaluation does not depend on it.
 */
public final class BucketAbac extends DocumentConfiguration {

  @Inject
  public BucketAbac(BucketAccess access) {
    super(access, kind("abac"), "AbacStatus");
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    String status = document.childText("Status").orElse(null);
    if (status != null && !status.equals("Enabled") && !status.equals("Disabled")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return document;
  }

  /** A bucket where ABAC was never set answers Disabled (AWS's default; shape not confirmed). */
  @Override
  protected MotoResponse absent(Bucket bucket) {
    return MotoResponse.status(200)
        .xml(
            XmlNode.parent("AbacStatus", List.of(XmlNode.leaf("Status", "Disabled"))).toDocument());
  }
}
