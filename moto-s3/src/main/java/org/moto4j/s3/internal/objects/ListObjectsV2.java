package org.moto4j.s3.internal.objects;

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
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.KeyOrder;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket?list-type=2}: a page of keys in S3's order, from the sorted map of the bucket,
 * with {@code prefix}, {@code delimiter}, {@code start-after}, {@code continuation-token}, {@code
 * max-keys}, {@code fetch-owner} and {@code encoding-type=url}.
 */
public final class ListObjectsV2 implements S3Operation {

  /** The most keys one page holds, and the default. */
  static final int MAX_KEYS = 1000;

  private final BucketAccess access;

  @Inject
  public ListObjectsV2(BucketAccess access) {
    this.access = access;
  }

  /** One page: objects and common prefixes, and the last key it covers. */
  private record Page(
      List<StoredObject> contents,
      List<String> commonPrefixes,
      String lastKey,
      boolean truncated) {}

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    String prefix = orEmpty(request.queryParameter("prefix"));
    String delimiter = request.queryParameter("delimiter");
    String token = request.queryParameter("continuation-token");
    String startAfter = request.queryParameter("start-after");
    int maxKeys = parseMaxKeys(request.queryParameter("max-keys"));
    boolean fetchOwner = "true".equals(request.queryParameter("fetch-owner"));
    String encodingType = request.queryParameter("encoding-type");
    if (encodingType != null && !encodingType.equals("url")) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("Invalid Encoding Method specified in Request")
          .with("ArgumentName", "encoding-type")
          .with("ArgumentValue", encodingType);
    }
    boolean url = encodingType != null;
    // The token carries on where the previous page stopped; start-after only starts a listing.
    String after = token != null ? decodeToken(token) : orEmpty(startAfter);

    Page page = page(bucket.objects(), prefix, delimiter == null ? "" : delimiter, after, maxKeys);

    XmlWriter xml =
        XmlWriter.document()
            .start("ListBucketResult", S3Service.NAMESPACE)
            .element("IsTruncated", page.truncated());
    for (StoredObject object : page.contents()) {
      xml.start("Contents")
          .element("Key", encode(object.key(), url))
          .element("LastModified", object.lastModified())
          .element("ETag", object.etag())
          .element("Size", object.size())
          .element("StorageClass", "STANDARD");
      if (fetchOwner) {
        xml.start("Owner")
            .element("DisplayName", CanonicalIds.DISPLAY_NAME)
            .element("ID", CanonicalIds.of(object.owner()))
            .end();
      }
      xml.end();
    }
    xml.element("Name", bucket.name())
        .element("Prefix", encode(prefix, url))
        .optional("Delimiter", delimiter == null ? null : encode(delimiter, url))
        .element("MaxKeys", maxKeys);
    for (String common : page.commonPrefixes()) {
      xml.start("CommonPrefixes").element("Prefix", encode(common, url)).end();
    }
    xml.optional("EncodingType", encodingType)
        .element("KeyCount", page.contents().size() + page.commonPrefixes().size())
        .optional("ContinuationToken", token)
        .optional("NextContinuationToken", page.truncated() ? encodeToken(page.lastKey()) : null)
        .optional("StartAfter", startAfter == null ? null : encode(startAfter, url))
        .end();
    return MotoResponse.status(200).xml(xml.toXml());
  }

  private static Page page(
      NavigableMap<String, StoredObject> objects,
      String prefix,
      String delimiter,
      String after,
      int maxKeys) {
    NavigableMap<String, StoredObject> view =
        KeyOrder.INSTANCE.compare(prefix, after) > 0
            ? objects.tailMap(prefix, true)
            : objects.tailMap(after, false);
    List<StoredObject> contents = new ArrayList<>();
    List<String> commonPrefixes = new ArrayList<>();
    String lastKey = null;
    for (StoredObject object : view.values()) {
      String key = object.key();
      if (!key.startsWith(prefix)) {
        break;
      }
      String common = null;
      int at = delimiter.isEmpty() ? -1 : key.indexOf(delimiter, prefix.length());
      if (at >= 0) {
        common = key.substring(0, at + delimiter.length());
        if (!commonPrefixes.isEmpty()
            && common.equals(commonPrefixes.get(commonPrefixes.size() - 1))) {
          lastKey = key;
          continue;
        }
      }
      if (contents.size() + commonPrefixes.size() == maxKeys) {
        return new Page(contents, commonPrefixes, lastKey, maxKeys > 0);
      }
      if (common != null) {
        commonPrefixes.add(common);
      } else {
        contents.add(object);
      }
      lastKey = key;
    }
    return new Page(contents, commonPrefixes, lastKey, false);
  }

  private static int parseMaxKeys(String value) {
    if (value == null) {
      return MAX_KEYS;
    }
    try {
      int max = Integer.parseInt(value.trim());
      if (max >= 0) {
        return Math.min(max, MAX_KEYS);
      }
    } catch (NumberFormatException e) {
      // answered below, as for a negative number
    }
    throw S3Errors.INVALID_ARGUMENT
        .exception("Provided max-keys not an integer or within integer range")
        .with("ArgumentName", "max-keys")
        .with("ArgumentValue", value);
  }

  /** Tokens are opaque to clients: the last key of the previous page, base64url encoded. */
  private static String encodeToken(String lastKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeToken(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("The continuation token provided is incorrect")
          .with("ArgumentName", "continuation-token")
          .with("ArgumentValue", token);
    }
  }

  /** {@code encoding-type=url}: every byte but unreserved characters and {@code /} escaped. */
  private static String encode(String text, boolean url) {
    if (!url) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || c == '/') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
