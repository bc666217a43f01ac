package org.moto4j.s3.internal.multipart;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

/**
 * {@code GET /bucket/key?uploadId=ID}: a page of an upload's parts in number order, after {@code
 * part-number-marker}, at most {@code max-parts} (1,000 by default and at most), with their ETags,
 * sizes, dates and (when the upload named an algorithm) checksums.
 */
public final class ListParts implements S3Operation {

  private final BucketAccess access;
  private final MultipartUploads uploads;

  @Inject
  public ListParts(BucketAccess access, MultipartUploads uploads) {
    this.access = access;
    this.uploads = uploads;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = UploadParameters.bucket(access, request, context);
    MultipartUpload upload = uploads.get(bucket, request.key(), UploadParameters.uploadId(request));
    int maxParts =
        Math.min(
            UploadParameters.pagingArgument(request, "max-parts", UploadParameters.MAX_PAGE),
            UploadParameters.MAX_PAGE);
    int marker = UploadParameters.pagingArgument(request, "part-number-marker", 0);
    UploadChecksum checksum = upload.checksum();

    XmlWriter xml =
        XmlWriter.document()
            .start("ListPartsResult", S3Service.NAMESPACE)
            .element("Bucket", bucket.name())
            .element("Key", upload.key())
            .element("UploadId", upload.id());
    UploadParameters.initiatorAndOwner(xml, upload)
        .element("StorageClass", upload.attributes().storageClass().name());
    if (checksum.named()) {
      xml.element("ChecksumAlgorithm", checksum.algorithm().s3Name())
          .element("ChecksumType", checksum.type().name());
    }
    xml.element("PartNumberMarker", marker);

    List<UploadedPart> page = new ArrayList<>();
    boolean truncated = false;
    // As with max-keys=0 S3 answers an empty page that is not truncated.
    if (maxParts > 0) {
      for (UploadedPart part : upload.parts().tailMap(marker, false).values()) {
        if (page.size() == maxParts) {
          truncated = true;
          break;
        }
        page.add(part);
      }
    }
    xml.element("NextPartNumberMarker", page.isEmpty() ? 0 : page.get(page.size() - 1).number())
        .element("MaxParts", maxParts)
        .element("IsTruncated", truncated);
    for (UploadedPart part : page) {
      writePart(xml, part, checksum);
    }
    return MotoResponse.status(200).xml(xml.end().toXml());
  }

  private static void writePart(XmlWriter xml, UploadedPart part, UploadChecksum checksum) {
    xml.start("Part")
        .element("PartNumber", part.number())
        .element("LastModified", part.lastModified())
        .element("ETag", part.etag())
        .element("Size", part.size());
    if (checksum.named()) {
      ChecksumAlgorithm algorithm = checksum.algorithm();
      xml.element("Checksum" + algorithm.s3Name(), part.checksumBase64(algorithm));
    }
    xml.end();
  }
}
