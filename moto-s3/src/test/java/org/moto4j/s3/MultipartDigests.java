package org.moto4j.s3;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.moto4j.core.blob.ChecksumAlgorithm;

/**
 * What a multipart object's ETag and checksums must be, computed here independently of the server
 * from the parts' bytes: S3's published rules.
 */
final class MultipartDigests {

  private MultipartDigests() {}

  /** The quoted ETag: the MD5 hex of the concatenated binary part MD5s, then {@code -N}. */
  static String etag(List<byte[]> parts) {
    ByteArrayOutputStream md5s = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      md5s.writeBytes(digest("MD5", part));
    }
    return "\""
        + HexFormat.of().formatHex(digest("MD5", md5s.toByteArray()))
        + "-"
        + parts.size()
        + "\"";
  }

  /** The quoted MD5 hex of one part, its ETag. */
  static String partEtag(byte[] part) {
    return "\"" + HexFormat.of().formatHex(digest("MD5", part)) + "\"";
  }

  /** The base64 CRC32 of bytes. */
  static String crc32(byte[] bytes) {
    return checksum(ChecksumAlgorithm.CRC32, bytes);
  }

  /** The base64 CRC64NVME of bytes. */
  static String crc64nvme(byte[] bytes) {
    return checksum(ChecksumAlgorithm.CRC64NVME, bytes);
  }

  /** The base64 SHA-256 of bytes. */
  static String sha256(byte[] bytes) {
    return checksum(ChecksumAlgorithm.SHA256, bytes);
  }

  /** The COMPOSITE SHA-256 of parts. */
  static String compositeSha256(List<byte[]> parts) {
    return composite(ChecksumAlgorithm.SHA256, parts);
  }

  /** The base64 checksum of bytes, as a header carries it. */
  static String checksum(ChecksumAlgorithm algorithm, byte[] bytes) {
    return Base64.getEncoder().encodeToString(raw(algorithm, bytes));
  }

  /** A COMPOSITE checksum: the checksum of the parts' binary checksums, then {@code -N}. */
  static String composite(ChecksumAlgorithm algorithm, List<byte[]> parts) {
    ByteArrayOutputStream checksums = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      checksums.writeBytes(raw(algorithm, part));
    }
    return checksum(algorithm, checksums.toByteArray()) + "-" + parts.size();
  }

  /** The parts' bytes end to end. */
  static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    parts.forEach(all::writeBytes);
    return all.toByteArray();
  }

  static byte[] raw(ChecksumAlgorithm algorithm, byte[] bytes) {
    ChecksumAlgorithm.Digest digest = algorithm.newDigest();
    digest.update(bytes, 0, bytes.length);
    return digest.finish();
  }

  private static byte[] digest(String name, byte[] bytes) {
    try {
      return MessageDigest.getInstance(name).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
