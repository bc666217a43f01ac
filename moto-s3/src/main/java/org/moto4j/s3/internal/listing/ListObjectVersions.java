package org.moto4j.s3.internal.listing;

import jakarta.inject.Inject;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketVersions;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket?versions}: every version and delete marker, by key and newest first within a
 * key, after {@code key-marker} (and {@code version-id-marker}), with {@code prefix}, {@code
 * delimiter}, {@code max-keys} and {@code encoding-type=url}. A never-versioned bucket lists its
 * objects as {@code null} versions. Members follow the model's order; versions and delete markers
 * come interleaved in listing order, as S3 writes them.
 */
public final class ListObjectVersions implements S3Operation {

  private final BucketAccess access;

  @Inject
  public ListObjectVersions(BucketAccess access) {
    this.access = access;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    ListingQuery query = ListingQuery.of(request);
    String keyMarker = emptyAsNull(request.queryParameter("key-marker"));
    String versionIdMarker = emptyAsNull(request.queryParameter("version-id-marker"));
    if (versionIdMarker != null) {
      if (keyMarker == null) {
        throw S3Errors.VERSION_ID_MARKER_WITHOUT_KEY_MARKER
            .exception()
            .with("ArgumentName", "version-id-marker")
            .with("ArgumentValue", versionIdMarker);
      }
      if (!BucketVersions.isWellFormed(versionIdMarker)) {
        throw S3Errors.INVALID_VERSION_ID
            .exception()
            .with("ArgumentName", "version-id-marker")
            .with("ArgumentValue", versionIdMarker);
      }
    }
    Bucket bucket = ListingQuery.bucket(access, request, context);
    VersionsPage page =
        VersionsPage.read(
            bucket.versions(),
            query.prefix(),
            query.delimiter(),
            keyMarker,
            versionIdMarker,
            query.maxKeys());

    XmlWriter xml =
        XmlWriter.document()
            .start("ListVersionsResult", S3Service.NAMESPACE)
            .element("IsTruncated", page.truncated())
            .element("KeyMarker", query.encode(keyMarker == null ? "" : keyMarker))
            .element("VersionIdMarker", versionIdMarker == null ? "" : versionIdMarker);
    if (page.truncated()) {
      xml.element("NextKeyMarker", query.encode(page.nextKeyMarker()))
          .optional("NextVersionIdMarker", page.nextVersionIdMarker());
    }
    for (VersionsPage.Entry entry : page.entries()) {
      write(xml, entry, query);
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

  /**
   * A {@code <Version>} (members as the model's {@code ObjectVersion}: ETag, ChecksumAlgorithm,
   * ChecksumType, Size, StorageClass, Key, VersionId, IsLatest, LastModified, Owner) or a {@code
   * <DeleteMarker>} (as {@code DeleteMarkerEntry}: Owner, Key, VersionId, IsLatest, LastModified).
   */
  private static void write(XmlWriter xml, VersionsPage.Entry entry, ListingQuery query) {
    StoredObject version = entry.version();
    if (version.isDeleteMarker()) {
      xml.start("DeleteMarker");
      owner(xml, version);
      xml.element("Key", query.encode(version.key()))
          .element("VersionId", version.wireVersionId())
          .element("IsLatest", entry.latest())
          .element("LastModified", version.lastModified())
          .end();
      return;
    }
    xml.start("Version").element("ETag", version.etag());
    for (String algorithm : ContentsElement.checksumAlgorithms(version)) {
      xml.element("ChecksumAlgorithm", algorithm);
    }
    xml.optional("ChecksumType", ContentsElement.checksumType(version))
        .element("Size", version.size())
        .element("StorageClass", ContentsElement.storageClass(version))
        .element("Key", query.encode(version.key()))
        .element("VersionId", version.wireVersionId())
        .element("IsLatest", entry.latest())
        .element("LastModified", version.lastModified());
    owner(xml, version);
    xml.end();
  }

  private static void owner(XmlWriter xml, StoredObject version) {
    xml.start("Owner").element("ID", CanonicalIds.of(version.owner())).end();
  }

  private static String emptyAsNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
