package org.moto4j.s3.internal.config;

import jakarta.inject.Inject;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;

/**
 * {@code PUT|GET /bucket?requestPayment}: who pays for requests, {@code BucketOwner} (the default)
 * or {@code Requester}. Stored and answered; requests are not refused for it.
 */
public final class BucketRequestPayment extends DocumentConfiguration {

  @Inject
  public BucketRequestPayment(BucketAccess access) {
    super(access, kind("requestPayment"), "RequestPaymentConfiguration");
  }

  @Override
  protected XmlNode check(XmlNode document, Bucket bucket, AccountContext context) {
    String payer = document.requiredText("Payer");
    if (!payer.equals("BucketOwner") && !payer.equals("Requester")) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return document;
  }

  @Override
  protected MotoResponse absent(Bucket bucket) {
    return MotoResponse.status(200)
        .xml(
            XmlNode.parent(
                    "RequestPaymentConfiguration", List.of(XmlNode.leaf("Payer", "BucketOwner")))
                .toDocument());
  }
}
