package org.moto4j.s3.internal.multipart;

import jakarta.inject.Inject;
import java.util.EnumSet;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.EncryptionHeaders;
import org.moto4j.s3.internal.objects.ObjectWriter;
import org.moto4j.s3.internal.objects.UploadFields;
import org.moto4j.s3.internal.objects.UploadIntegrity;

/**
 * {@code PUT /bucket/key?partNumber=N&uploadId=ID}: streams one part into a blob (plain or {@code
 * aws-chunked}, {@code Content-MD5} and the checksum header or trailer verified), computing the
 * upload's checksum on the way in, then places it, replacing any earlier part of that number. Parts
 * of one upload are received in parallel; only placing them takes the upload's lock.
 */
public final class UploadPart implements S3Operation {

  /** The largest part: 5 GiB. */
  public static final long MAX_PART_BYTES = 5L * 1024 * 1024 * 1024;

  private static final String CUSTOMER_ALGORITHM =
      "x-amz-server-side-encryption-customer-algorithm";
  private static final String CUSTOMER_KEY = "x-amz-server-side-encryption-customer-key";
  private static final String CUSTOMER_KEY_MD5 = "x-amz-server-side-encryption-customer-key-MD5";

  private final BucketAccess access;
  private final MultipartUploads uploads;
  private final ObjectWriter writer;

  @Inject
  public UploadPart(BucketAccess access, MultipartUploads uploads, ObjectWriter writer) {
    this.access = access;
    this.uploads = uploads;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = UploadParameters.bucket(access, request, context);
    int partNumber = UploadParameters.partNumber(request);
    MultipartUpload upload = uploads.get(bucket, request.key(), UploadParameters.uploadId(request));
    UploadFields fields = UploadFields.of(request);
    checkEncryption(fields, upload, context);
    checkSize(request);
    UploadIntegrity integrity = UploadIntegrity.of(request);
    UploadChecksum checksum = upload.checksum();
    if (checksum.named() && integrity.isNamed() && integrity.algorithm() != checksum.algorithm()) {
      throw S3Errors.PART_CHECKSUM_TYPE_MISMATCH.exception(
          UploadChecksum.lowerName(checksum.algorithm()),
          UploadChecksum.lowerName(integrity.algorithm()));
    }

    ObjectWriter.Received received =
        writer.receive(
            request.body(),
            ObjectWriter.announcedLength(request),
            integrity,
            EnumSet.of(checksum.algorithm()));
    UploadedPart part = new UploadedPart(partNumber, received.blob(), writer.now());
    if (!upload.place(part)) {
      // Completed or aborted while the part came in: it belongs to nobody.
      received.blob().release();
      throw upload.noSuchUpload();
    }

    MotoResponse response = MotoResponse.status(200).header("ETag", part.etag());
    EncryptionHeaders.describe(response, upload.encryption());
    ChecksumAlgorithm shown = checksum.named() ? checksum.algorithm() : integrity.algorithm();
    return response.header(shown.header(), part.checksumBase64(shown));
  }

  /**
   * A part of an upload encrypted with a customer key (SSE-C) must repeat that key; no other part
   * may name one.
   */
  static void checkEncryption(UploadFields fields, MultipartUpload upload, AccountContext context) {
    boolean sent =
        fields.has(CUSTOMER_ALGORITHM) || fields.has(CUSTOMER_KEY) || fields.has(CUSTOMER_KEY_MD5);
    ObjectEncryption expected = upload.encryption();
    if (!expected.isCustomerKey()) {
      if (sent) {
        throw S3Errors.INVALID_REQUEST.exception(
            "The encryption parameters are not applicable to this object.");
      }
      return;
    }
    if (!sent) {
      throw S3Errors.PART_ENCRYPTION_MISSING.exception();
    }
    ObjectEncryption given =
        EncryptionHeaders.forUpload(fields, upload.bucket().region(), context.account());
    if (!expected.customerKeyMd5().equals(given.customerKeyMd5())) {
      throw S3Errors.PART_ENCRYPTION_MISMATCH.exception();
    }
  }

  /** Refuses, before reading it, a part announced larger than S3 takes. */
  private static void checkSize(S3Request request) {
    String announced =
        request.isAwsChunked()
            ? request.header("x-amz-decoded-content-length")
            : request.header("Content-Length");
    if (announced == null) {
      return;
    }
    long size;
    try {
      size = Long.parseLong(announced.trim());
    } catch (NumberFormatException e) {
      return;
    }
    if (size > MAX_PART_BYTES) {
      throw S3Errors.ENTITY_TOO_LARGE
          .exception()
          .with("ProposedSize", Long.toString(size))
          .with("MaxSizeAllowed", Long.toString(MAX_PART_BYTES));
    }
  }
}
