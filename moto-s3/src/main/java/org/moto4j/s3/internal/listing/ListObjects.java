package org.moto4j.s3.internal.listing;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket}, ListObjects (version 1): a page of keys after {@code marker}, with {@code
 * prefix}, {@code delimiter}, {@code max-keys} and {@code encoding-type=url}. {@code NextMarker}
 * comes only with a delimiter, as S3 documents; without one, the last key is the next marker.
 */
public final class ListObjects implements S3Operation {

  private final BucketAccess access;

  @Inject
  public ListObjects(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    ListingQuery query = ListingQuery.of(request);
    String marker = request.queryParameter("marker");
    Bucket bucket = ListingQuery.bucket(access, request, context);

    ListingPage<StoredObject> page =
        ListingPage.read(
            bucket.objects(),
            query.prefix(),
            query.delimiter(),
            marker == null || marker.isEmpty() ? null : marker,
            query.maxKeys());

    XmlWriter xml =
        XmlWriter.document()
            .start("ListBucketResult", S3Service.NAMESPACE)
            .element("IsTruncated", page.truncated())
            .element("Marker", query.encode(marker))
            .optional(
                "NextMarker",
                page.truncated() && query.delimiter() != null ? query.encode(page.last()) : null);
    for (StoredObject object : page.contents()) {
      ContentsElement.write(xml, object, query, true);
    }
    xml.element("Name", bucket.name())
        .element("Prefix", query.encode(query.prefix()))
        .optional("Delimiter", query.encode(query.delimiter()))
        .element("MaxKeys", query.maxKeys());
    for (String common : page.commonPrefixes()) {
      xml.start("CommonPrefixes").element("Prefix", query.encode(common)).end();
    }
    xml.optional("EncodingType", query.encodingType()).end();
    return MotoResponse.status(200).xml(xml.toXml());
  }
}
