package org.moto4j.s3;

import java.util.Objects;
import org.moto4j.core.blob.ChecksumAlgorithm;

/**
 * The additional checksum S3 keeps for an object: its algorithm, its value as S3 writes it (base64;
 * a composite one ends in {@code -N}) and whether it covers the whole object or combines the
 * checksums of its parts.
 *
 * @param algorithm CRC32, CRC32C, CRC64NVME, SHA1 or SHA256 (never MD5)
 * @param value the base64 value, as in {@code x-amz-checksum-crc32}
 * @param type how the value was computed
 */
public record ObjectChecksum(ChecksumAlgorithm algorithm, String value, Type type) {

  /** The model's {@code ChecksumType}. */
  public enum Type {
    /** Computed over the whole object's bytes. */
    FULL_OBJECT,
    /** Computed over the parts' checksums, as multipart uploads may (the value ends in -N). */
    COMPOSITE
  }

  public ObjectChecksum {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    if (algorithm == ChecksumAlgorithm.MD5) {
      throw new IllegalArgumentException("MD5 is the ETag, not an additional checksum");
    }
  }

  /** A checksum computed over the whole object. */
  public static ObjectChecksum fullObject(ChecksumAlgorithm algorithm, String value) {
    return new ObjectChecksum(algorithm, value, Type.FULL_OBJECT);
  }
}
