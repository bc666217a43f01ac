package org.moto4j.s3.internal.buckets;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.NavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketNames;
import org.moto4j.s3.BucketNamespace;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.express.DirectoryBuckets;

/**
 * {@code GET /}: the caller's own buckets in name order, filtered by {@code prefix} and {@code
 * bucket-region}, a page of {@code max-buckets} at a time.
 */
public final class ListBuckets implements S3Operation {

  /** The page size S3 applies when a listing parameter is given without {@code max-buckets}. */
  static final int DEFAULT_PAGE = 10_000;

  private final BucketNamespace namespace;

  @Inject
  public ListBuckets(BucketNamespace namespace) {
    this.namespace = namespace;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    String prefix = request.queryParameter("prefix");
    String region = request.queryParameter("bucket-region");
    String token = request.queryParameter("continuation-token");
    String maxBuckets = request.queryParameter("max-buckets");
    boolean paged = prefix != null || region != null || token != null || maxBuckets != null;
    int max = maxBuckets != null ? parseMaxBuckets(maxBuckets) : paged ? DEFAULT_PAGE : -1;

    NavigableMap<String, Bucket> view = namespace.ownedBy(context.account());
    String after = token != null ? decodeToken(token) : null;
    if (prefix != null && !prefix.isEmpty() && (after == null || prefix.compareTo(after) > 0)) {
      view = view.tailMap(prefix, true);
    } else if (after != null) {
      view = view.tailMap(after, false);
    }
    List<Bucket> page = new ArrayList<>();
    String next = null;
    for (Bucket bucket : view.values()) {
      if (prefix != null && !bucket.name().startsWith(prefix)) {
        break;
      }
      if (region != null && !bucket.region().equals(region)) {
        continue;
      }
      if (DirectoryBuckets.isDirectory(bucket)) {
        continue; // listed by ListDirectoryBuckets only
      }
      if (page.size() == max) {
        next = encodeToken(page.get(page.size() - 1).name());
        break;
      }
      page.add(bucket);
    }

    XmlWriter xml =
        XmlWriter.document().start("ListAllMyBucketsResult", S3Service.NAMESPACE).start("Buckets");
    for (Bucket bucket : page) {
      xml.start("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", bucket.creationDate());
      if (paged) {
        xml.element("BucketRegion", bucket.region());
      }
      xml.end();
    }
    xml.end()
        .start("Owner")
        .element("ID", CanonicalIds.of(context.account()))
        .end()
        .optional("ContinuationToken", next)
        .optional("Prefix", prefix)
        .end();
    return MotoResponse.status(200).xml(xml.toXml());
  }

  private static int parseMaxBuckets(String value) {
    try {
      int max = Integer.parseInt(value.trim());
      if (max >= 1 && max <= DEFAULT_PAGE) {
        return max;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a number out of range
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("Argument max-buckets must be an integer between 1 and 10000")
        .with("ArgumentName", "max-buckets")
        .with("ArgumentValue", value);
  }

  /** Tokens are opaque to clients: the last name of the previous page, base64url encoded. */
  private static String encodeToken(String lastName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeToken(String token) {
    try {
      String name = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (BucketNames.isValid(name)) {
        return name;
      }
    } catch (IllegalArgumentException e) {
      // answered below, as for a token that names no bucket
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("The continuation token provided is incorrect")
        .with("ArgumentName", "continuation-token")
        .with("ArgumentValue", token);
  }
}
