package org.moto4j.s3.internal.express;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /} signed for {@code s3express}: the caller's directory buckets in name order, a page
 * of {@code max-directory-buckets} (up to 1,000) at a time, with a continuation token.
 */
public final class ListDirectoryBuckets implements S3Operation {

  private static final int MAX_PAGE = 1000;

  private final BucketNamespace namespace;

  @Inject
  public ListDirectoryBuckets(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    int max = maxBuckets(request.queryParameter("max-directory-buckets"));
    String token = request.queryParameter("continuation-token");
    String after = token == null || token.isEmpty() ? null : decode(token);
    var owned = namespace.ownedBy(context.account());
    var view = after == null ? owned : owned.tailMap(after, false);
    List<Bucket> page = new ArrayList<>();
    String next = null;
    for (Bucket bucket : view.values()) {
      if (!DirectoryBuckets.isDirectory(bucket)) {
        continue;
      }
      if (page.size() == max) {
        next = encode(page.get(page.size() - 1).name());
        break;
      }
      page.add(bucket);
    }
    XmlWriter xml =
        XmlWriter.document()
            .start("ListAllMyDirectoryBucketsResult", S3Service.NAMESPACE)
            .start("Buckets");
    for (Bucket bucket : page) {
      xml.start("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", bucket.creationDate())
          .element("BucketRegion", bucket.region())
          .element("BucketArn", DirectoryBuckets.arn(bucket, context.partition()))
          .end();
    }
    xml.end().optional("ContinuationToken", next).end();
    return MotoResponse.status(200).xml(xml.toXml());
  }

  private static int maxBuckets(String value) {
    if (value == null) {
      return MAX_PAGE;
    }
    try {
      int max = Integer.parseInt(value.trim());
      if (max >= 0 && max <= MAX_PAGE) {
        return max == 0 ? MAX_PAGE : max;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("Argument max-directory-buckets must be an integer between 0 and 1000")
        .with("ArgumentName", "max-directory-buckets")
        .with("ArgumentValue", value);
  }

  private static String encode(String lastName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      String name = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (DirectoryBuckets.isDirectoryName(name)) {
        return name;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("The continuation token provided is incorrect")
        .with("ArgumentName", "continuation-token")
        .with("ArgumentValue", token);
  }
}
