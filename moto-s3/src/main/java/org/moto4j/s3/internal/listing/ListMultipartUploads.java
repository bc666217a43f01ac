package org.moto4j.s3.internal.listing;

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
import org.moto4j.s3.internal.multipart.MultipartUpload;
import org.moto4j.s3.internal.multipart.MultipartUploads;
import org.moto4j.s3.internal.multipart.UploadChecksum;
import org.moto4j.s3.internal.multipart.UploadParameters;

/**
 * {@code GET /bucket?uploads}: a page of the multipart uploads in progress, by key then initiation,
 * with {@code prefix}, {@code delimiter} (CommonPrefixes), {@code key-marker} and {@code
 * upload-id-marker}, {@code max-uploads} (1,000 by default and at most) and {@code
 * encoding-type=url}.
 */
public final class ListMultipartUploads implements S3Operation {

  private final BucketAccess access;
  private final MultipartUploads uploads;

  @Inject
  public ListMultipartUploads(BucketAccess access, MultipartUploads uploads) {
    this.access = access;
    this.uploads = uploads;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    String encodingType = request.queryParameter("encoding-type");
    if (encodingType != null && !encodingType.equals("url")) {
      throw S3Errors.INVALID_ENCODING_TYPE
          .exception()
          .with("ArgumentName", "encoding-type")
          .with("ArgumentValue", encodingType);
    }
    String prefix = orEmpty(request.queryParameter("prefix"));
    String delimiter = emptyToNull(request.queryParameter("delimiter"));
    int maxUploads =
        Math.min(
            UploadParameters.pagingArgument(request, "max-uploads", UploadParameters.MAX_PAGE),
            UploadParameters.MAX_PAGE);
    ListingQuery query = new ListingQuery(prefix, delimiter, maxUploads, encodingType != null);
    String keyMarker = emptyToNull(request.queryParameter("key-marker"));
    // S3 ignores an upload-id-marker without a key-marker.
    String uploadIdMarker =
        keyMarker == null ? null : emptyToNull(request.queryParameter("upload-id-marker"));
    Bucket bucket = ListingQuery.bucket(access, request, context);

    UploadsPage page =
        UploadsPage.read(
            uploads.ordered(bucket), prefix, delimiter, keyMarker, uploadIdMarker, maxUploads);

    XmlWriter xml =
        XmlWriter.document()
            .start("ListMultipartUploadsResult", S3Service.NAMESPACE)
            .element("Bucket", bucket.name())
            .element("KeyMarker", query.encode(orEmpty(keyMarker)))
            .element("UploadIdMarker", orEmpty(uploadIdMarker));
    if (page.last() != null) {
      xml.element("NextKeyMarker", query.encode(page.last().key()))
          .optional("NextUploadIdMarker", page.last().uploadId());
    }
    xml.optional("Delimiter", query.encode(delimiter))
        .element("Prefix", query.encode(prefix))
        .element("MaxUploads", maxUploads)
        .element("IsTruncated", page.truncated());
    for (MultipartUpload upload : page.uploads()) {
      writeUpload(xml, upload, query);
    }
    for (String common : page.commonPrefixes()) {
      xml.start("CommonPrefixes").element("Prefix", query.encode(common)).end();
    }
    xml.optional("EncodingType", query.encodingType());
    return MotoResponse.status(200).xml(xml.end().toXml());
  }

  private static void writeUpload(XmlWriter xml, MultipartUpload upload, ListingQuery query) {
    xml.start("Upload").element("Key", query.encode(upload.key())).element("UploadId", upload.id());
    UploadParameters.initiatorAndOwner(xml, upload)
        .element("StorageClass", upload.attributes().storageClass().name())
        .element("Initiated", upload.initiated());
    UploadChecksum checksum = upload.checksum();
    if (checksum.named()) {
      xml.element("ChecksumAlgorithm", checksum.algorithm().s3Name())
          .element("ChecksumType", checksum.type().name());
    }
    xml.end();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
