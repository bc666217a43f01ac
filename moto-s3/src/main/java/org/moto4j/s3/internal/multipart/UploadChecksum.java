package org.moto4j.s3.internal.multipart;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.objects.UploadFields;
import org.moto4j.s3.internal.objects.UploadIntegrity;

/**
 * The checksum a multipart upload keeps for its object, chosen at CreateMultipartUpload with {@code
 * x-amz-checksum-algorithm} and {@code x-amz-checksum-type}: COMPOSITE (the checksum of the parts'
 * checksums, {@code -N} appended; CRC32, CRC32C, SHA1, SHA256) or FULL_OBJECT (the CRC of the whole
 * object, combined from the parts' CRCs; CRC32, CRC32C, CRC64NVME). An upload naming none gets S3's
 * default, a full-object CRC64NVME, which ListParts does not show.
 *
 * @param algorithm the algorithm every part is checksummed with
 * @param type how the object's checksum is derived from the parts'
 * @param named whether the upload named the algorithm
 */
public record UploadChecksum(ChecksumAlgorithm algorithm, ObjectChecksum.Type type, boolean named) {

  /** What an upload naming nothing gets. */
  public static final UploadChecksum DEFAULT =
      new UploadChecksum(UploadIntegrity.DEFAULT_ALGORITHM, ObjectChecksum.Type.FULL_OBJECT, false);

  private static final String UNSUPPORTED_ALGORITHM =
      "Checksum algorithm provided is unsupported. Please try again with any of the valid types:"
          + " [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]";

  /**
   * The checksum a CreateMultipartUpload request asks for.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest} for an unknown algorithm
   *     or type, a type without an algorithm, or a type the algorithm cannot have
   */
  public static UploadChecksum of(UploadFields fields) {
    String algorithmName = fields.get("x-amz-checksum-algorithm");
    String typeName = fields.get("x-amz-checksum-type");
    if (algorithmName == null) {
      if (typeName != null) {
        throw S3Errors.CHECKSUM_TYPE_WITHOUT_ALGORITHM.exception();
      }
      return DEFAULT;
    }
    ChecksumAlgorithm algorithm =
        ChecksumAlgorithm.fromS3Name(algorithmName)
            .orElseThrow(() -> S3Errors.INVALID_REQUEST.exception(UNSUPPORTED_ALGORITHM));
    ObjectChecksum.Type type;
    if (typeName == null) {
      type =
          algorithm == ChecksumAlgorithm.CRC64NVME
              ? ObjectChecksum.Type.FULL_OBJECT
              : ObjectChecksum.Type.COMPOSITE;
    } else {
      type = parseType(typeName);
    }
    boolean fits =
        type == ObjectChecksum.Type.FULL_OBJECT
            ? algorithm.isCrc()
            : algorithm != ChecksumAlgorithm.CRC64NVME;
    if (!fits) {
      throw S3Errors.CHECKSUM_TYPE_NOT_SUPPORTED.exception(type.name(), lowerName(algorithm));
    }
    return new UploadChecksum(algorithm, type, true);
  }

  /**
   * The type a request names in {@code x-amz-checksum-type}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest} for another value
   */
  public static ObjectChecksum.Type parseType(String name) {
    try {
      return ObjectChecksum.Type.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw S3Errors.INVALID_REQUEST.exception("Value for x-amz-checksum-type header is invalid.");
    }
  }

  /** The algorithm's name as S3 writes it in messages: {@code sha256}. */
  public static String lowerName(ChecksumAlgorithm algorithm) {
    return algorithm.s3Name().toLowerCase(Locale.ROOT);
  }

  /**
   * The object's checksum from its parts, in order: for FULL_OBJECT the CRC of their concatenation,
   * for COMPOSITE the checksum of their checksums followed by {@code -N}.
   */
  public ObjectChecksum combine(List<UploadedPart> parts) {
    if (type == ObjectChecksum.Type.FULL_OBJECT) {
      CrcCombine crc = CrcCombine.of(algorithm);
      long value = 0;
      for (UploadedPart part : parts) {
        value = crc.combine(value, crc.value(part.checksum(algorithm)), part.size());
      }
      return ObjectChecksum.fullObject(algorithm, base64(crc.bytes(value)));
    }
    ChecksumAlgorithm.Digest digest = algorithm.newDigest();
    for (UploadedPart part : parts) {
      byte[] checksum = part.checksum(algorithm);
      digest.update(checksum, 0, checksum.length);
    }
    return new ObjectChecksum(
        algorithm, base64(digest.finish()) + "-" + parts.size(), ObjectChecksum.Type.COMPOSITE);
  }

  /** The algorithm a value of {@code x-amz-checksum-*} headers names, for the headers present. */
  static Optional<ChecksumAlgorithm> headerAlgorithm(UploadFields fields) {
    for (ChecksumAlgorithm candidate : ChecksumAlgorithm.values()) {
      if (candidate.header() != null && fields.has(candidate.header())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
