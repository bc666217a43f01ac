package org.moto4j.s3.internal.multipart;

import java.time.Instant;
import java.util.Objects;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.blob.ChecksumAlgorithm;

/**
 * One part of a multipart upload as received: its bytes and what ListParts and
 * CompleteMultipartUpload know of it. The upload owns the blob until the part is replaced, the
 * upload is aborted, or the part becomes part of the completed object.
 *
 * @param number the part number, 1 to 10,000
 * @param blob the bytes, with the MD5 and the upload's checksum computed on the way in
 * @param lastModified when the part was uploaded, in whole seconds
 */
public record UploadedPart(int number, Blob blob, Instant lastModified) {

  public UploadedPart {
    Objects.requireNonNull(blob, "blob");
    Objects.requireNonNull(lastModified, "lastModified");
  }

  /** The quoted MD5 hex of the part, its ETag. */
  public String etag() {
    return "\"" + blob.md5Hex() + "\"";
  }

  /** The part's size in bytes. */
  public long size() {
    return blob.length();
  }

  /** The part's MD5, which the object's ETag is computed from. */
  public byte[] md5() {
    return blob.checksum(ChecksumAlgorithm.MD5).orElseThrow();
  }

  /**
   * The part's checksum with an algorithm computed on the way in.
   *
   * @throws IllegalStateException when it was not computed
   */
  public byte[] checksum(ChecksumAlgorithm algorithm) {
    return blob.checksum(algorithm)
        .orElseThrow(() -> new IllegalStateException("part " + number + " has no " + algorithm));
  }

  /** The part's checksum in base64, as S3 writes it. */
  public String checksumBase64(ChecksumAlgorithm algorithm) {
    return blob.checksumBase64(algorithm)
        .orElseThrow(() -> new IllegalStateException("part " + number + " has no " + algorithm));
  }
}
