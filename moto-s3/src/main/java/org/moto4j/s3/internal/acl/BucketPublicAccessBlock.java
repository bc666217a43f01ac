package org.moto4j.s3.internal.acl;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.config.ConfigurationBodies;
import org.moto4j.s3.internal.config.XmlNode;
import org.moto4j.s3.internal.objects.ExpectedOwners;

/**
 * {@code PUT|GET|DELETE /bucket?publicAccessBlock}: the bucket's four Block Public Access settings
 * (a setting not given is false). New buckets start with all four on, as AWS's since April 2023.
 */
public final class BucketPublicAccessBlock implements S3Operation {

  private static final String[] SETTINGS = {
    "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"
  };

  private final BucketAccess access;

  @Inject
  public BucketPublicAccessBlock(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.owned(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    return switch (request.operation()) {
      case "PutPublicAccessBlock" -> {
        XmlNode document = ConfigurationBodies.read(request, "PublicAccessBlockConfiguration");
        bucket.configurations().put(AccessSettings.PUBLIC_ACCESS_BLOCK, parse(document));
        yield MotoResponse.status(200);
      }
      case "GetPublicAccessBlock" -> {
        PublicAccessBlock block =
            bucket
                .configurations()
                .get(AccessSettings.PUBLIC_ACCESS_BLOCK)
                .orElseThrow(
                    () ->
                        S3Errors.NO_SUCH_PUBLIC_ACCESS_BLOCK
                            .exception()
                            .with("BucketName", bucket.name()));
        String xml =
            XmlWriter.document()
                .start("PublicAccessBlockConfiguration", S3Service.NAMESPACE)
                .element("BlockPublicAcls", block.blockPublicAcls())
                .element("IgnorePublicAcls", block.ignorePublicAcls())
                .element("BlockPublicPolicy", block.blockPublicPolicy())
                .element("RestrictPublicBuckets", block.restrictPublicBuckets())
                .end()
                .toXml();
        yield MotoResponse.status(200).xml(xml);
      }
      default -> {
        bucket.configurations().remove(AccessSettings.PUBLIC_ACCESS_BLOCK);
        yield MotoResponse.status(204);
      }
    };
  }

  private static PublicAccessBlock parse(XmlNode document) {
    boolean[] values = new boolean[SETTINGS.length];
    boolean any = false;
    for (int i = 0; i < SETTINGS.length; i++) {
      String text = document.childText(SETTINGS[i]).map(String::trim).orElse(null);
      if (text == null) {
        continue;
      }
      any = true;
      if (!text.equals("true") && !text.equals("false")) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      values[i] = text.equals("true");
    }
    if (!any) {
      // moto's answer for an empty configuration (AWS's not confirmed).
      throw S3Errors.PUBLIC_ACCESS_BLOCK_EMPTY.exception();
    }
    return new PublicAccessBlock(values[0], values[1], values[2], values[3]);
  }
}
