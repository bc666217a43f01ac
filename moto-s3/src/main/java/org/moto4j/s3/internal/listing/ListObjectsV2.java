package org.moto4j.s3.internal.listing;

import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket?list-type=2}, ListObjectsV2: a page of keys with {@code prefix}, {@code
 * delimiter}, {@code continuation-token} (which wins over {@code start-after}), {@code max-keys},
 * {@code fetch-owner} and {@code encoding-type=url}.
 */
public final class ListObjectsV2 implements S3Operation {

  private final BucketAccess access;

  @Inject
  public ListObjectsV2(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    ListingQuery query = ListingQuery.of(request);
    String token = request.queryParameter("continuation-token");
    String startAfter = request.queryParameter("start-after");
    boolean fetchOwner = "true".equals(request.queryParameter("fetch-owner"));
    // The token carries on where the previous page stopped; start-after only starts a listing.
    String after = token != null ? decodeToken(token) : emptyToNull(startAfter);
    Bucket bucket = ListingQuery.bucket(access, request, context);

    ListingPage<StoredObject> page =
        ListingPage.read(
            bucket.objects(), query.prefix(), query.delimiter(), after, query.maxKeys());

    XmlWriter xml =
        XmlWriter.document()
            .start("ListBucketResult", S3Service.NAMESPACE)
            .element("IsTruncated", page.truncated());
    for (StoredObject object : page.contents()) {
      ContentsElement.write(xml, object, query, fetchOwner);
    }
    xml.element("Name", bucket.name())
        .element("Prefix", query.encode(query.prefix()))
        .optional("Delimiter", query.encode(query.delimiter()))
        .element("MaxKeys", query.maxKeys());
    for (String common : page.commonPrefixes()) {
      xml.start("CommonPrefixes").element("Prefix", query.encode(common)).end();
    }
    xml.optional("EncodingType", query.encodingType())
        .element("KeyCount", page.size())
        .optional("ContinuationToken", token)
        .optional("NextContinuationToken", page.truncated() ? encodeToken(page.last()) : null)
        .optional("StartAfter", query.encode(emptyToNull(startAfter)))
        .end();
    return MotoResponse.status(200).xml(xml.toXml());
  }

  /**
   * Tokens are opaque to clients: the last entry of the previous page (a key or a common prefix),
   * base64url encoded, so a token survives a query string unescaped.
   */
  static String encodeToken(String last) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(last.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The entry a token stands for.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a token no page
   *     handed out: empty, not base64url, or not UTF-8
   */
  static String decodeToken(String token) {
    if (token.isEmpty()) {
      throw invalidToken(token);
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(token);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw invalidToken(token);
    }
  }

  private static AwsException invalidToken(String token) {
    return S3Errors.INVALID_CONTINUATION_TOKEN
        .exception()
        .with("ArgumentName", "continuation-token")
        .with("ArgumentValue", token);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
