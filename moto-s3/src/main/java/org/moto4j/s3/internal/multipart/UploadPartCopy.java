package org.moto4j.s3.internal.multipart;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.ByteRange;
import org.moto4j.s3.internal.objects.CopySource;
import org.moto4j.s3.internal.objects.EncryptionHeaders;
import org.moto4j.s3.internal.objects.ObjectRead;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.s3.internal.objects.RangeRequest;
import org.moto4j.s3.internal.objects.UploadFields;
import org.moto4j.s3.internal.objects.UploadIntegrity;

/**
 * {@code PUT /bucket/key?partNumber=N&uploadId=ID} with {@code x-amz-copy-source}: a part copied
 * from an existing object, whole or the {@code x-amz-copy-source-range} of it, from any bucket the
 * caller may read (another account's too, unless cross-account access is off), after the {@code
 * x-amz-copy-source-if-*} preconditions. The source's bytes are read under a lease, so a source
 * replaced meanwhile is copied whole as it was.
 */
public final class UploadPartCopy implements S3Operation {

  static final String RANGE_HEADER = "x-amz-copy-source-range";

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d{1,18})-(\\d{1,18})");

  private final BucketAccess access;
  private final MultipartUploads uploads;
  private final ObjectWriter writer;

  @Inject
  public UploadPartCopy(BucketAccess access, MultipartUploads uploads, ObjectWriter writer) {
    this.access = access;
    this.uploads = uploads;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = UploadParameters.bucket(access, request, context);
    int partNumber = UploadParameters.partNumber(request);
    MultipartUpload upload = uploads.get(bucket, request.key(), UploadParameters.uploadId(request));
    UploadPart.checkEncryption(UploadFields.of(request), upload, context);
    CopySource source = CopySource.of(request);
    RangeRequest range = copyRange(request.header(RANGE_HEADER));

    UploadChecksum checksum = upload.checksum();
    ObjectWriter.Received received;
    String sourceVersionId;
    try (ObjectRead read = source.read(access, context, request, range)) {
      sourceVersionId = read.object().versionId();
      CopySource.checkCopySize(read.contentLength());
      try (InputStream in = read.open()) {
        received =
            writer.receive(
                in, read.contentLength(), UploadIntegrity.none(), EnumSet.of(checksum.algorithm()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UploadedPart part = new UploadedPart(partNumber, received.blob(), writer.now());
    if (!upload.place(part)) {
      received.blob().release();
      throw upload.noSuchUpload();
    }

    XmlWriter xml =
        XmlWriter.document()
            .start("CopyPartResult", S3Service.NAMESPACE)
            .element("ETag", part.etag())
            .element("LastModified", part.lastModified());
    if (checksum.named()) {
      xml.element(
          "Checksum" + checksum.algorithm().s3Name(), part.checksumBase64(checksum.algorithm()));
    }
    MotoResponse response = MotoResponse.status(200);
    EncryptionHeaders.describe(response, upload.encryption());
    if (source.namesVersion() || sourceVersionId != null) {
      response.header(
          "x-amz-copy-source-version-id", sourceVersionId == null ? "null" : sourceVersionId);
    }
    return response.xml(xml.end().toXml());
  }

  /**
   * What {@code x-amz-copy-source-range} asks for: {@code bytes=first-last}, both given, within the
   * source; the whole source when absent.
   *
   * @throws AwsException {@code InvalidArgument}: at once for a malformed value, once the source is
   *     found for a range beyond it
   */
  static RangeRequest copyRange(String header) {
    if (header == null) {
      return RangeRequest.whole();
    }
    Matcher matcher = RANGE.matcher(header.trim());
    if (!matcher.matches()) {
      throw S3Errors.COPY_SOURCE_RANGE_MALFORMED
          .exception()
          .with("ArgumentName", RANGE_HEADER)
          .with("ArgumentValue", header);
    }
    long first = Long.parseLong(matcher.group(1));
    long last = Long.parseLong(matcher.group(2));
    return object -> {
      long size = object.size();
      if (first > last || last >= size) {
        throw S3Errors.COPY_SOURCE_RANGE_NOT_SATISFIABLE
            .exception(size)
            .with("ArgumentName", RANGE_HEADER)
            .with("ArgumentValue", header);
      }
      return new ByteRange(first, last, size);
    };
  }
}
