package org.moto4j.core.blob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** The checksums S3 knows, and MD5 for ETags and Content-MD5. */
public enum ChecksumAlgorithm {
  CRC32("x-amz-checksum-crc32"),
  CRC32C("x-amz-checksum-crc32c"),
  CRC64NVME("x-amz-checksum-crc64nvme"),
  SHA1("x-amz-checksum-sha1"),
  SHA256("x-amz-checksum-sha256"),
  MD5(null);

  private final String header;

  ChecksumAlgorithm(String header) {
    this.header = header;
  }

  /** The header that carries this checksum, such as {@code x-amz-checksum-crc32}; MD5 has none. */
  public String header() {
    return header;
  }

  /** The name S3 uses in {@code x-amz-checksum-algorithm} and XML, such as {@code CRC32C}. */
  public String s3Name() {
    return name();
  }

  /** Whether the checksum is a CRC, which S3 can combine into a full-object checksum. */
  public boolean isCrc() {
    return this == CRC32 || this == CRC32C || this == CRC64NVME;
  }

  /** The algorithm S3 names so (case-insensitive), if any; MD5 is not an S3 checksum. */
  public static Optional<ChecksumAlgorithm> fromS3Name(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String upper = name.trim().toUpperCase(Locale.ROOT);
    for (ChecksumAlgorithm algorithm : values()) {
      if (algorithm != MD5 && algorithm.name().equals(upper)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** The algorithm whose header this is ({@code x-amz-checksum-sha256}), if any. */
  public static Optional<ChecksumAlgorithm> fromHeader(String header) {
    for (ChecksumAlgorithm algorithm : values()) {
      if (algorithm.header != null && algorithm.header.equalsIgnoreCase(header)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** A fresh digest computing this checksum. */
  public Digest newDigest() {
    return switch (this) {
      case CRC32 -> new ChecksumDigest(new CRC32(), 4);
      case CRC32C -> new ChecksumDigest(new CRC32C(), 4);
      case CRC64NVME -> new Crc64Nvme();
      case SHA1 -> new MessageDigestDigest(messageDigest("SHA-1"));
      case SHA256 -> new MessageDigestDigest(messageDigest("SHA-256"));
      case MD5 -> new MessageDigestDigest(messageDigest("MD5"));
    };
  }

  private static MessageDigest messageDigest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " is missing from this JVM", e);
    }
  }

  /** A running checksum. */
  public interface Digest {
    void update(byte[] bytes, int offset, int length);

    /** The checksum's bytes, big-endian for CRCs; the digest cannot be used afterwards. */
    byte[] finish();
  }

  private static final class ChecksumDigest implements Digest {
    private final java.util.zip.Checksum checksum;
    private final int size;

    ChecksumDigest(java.util.zip.Checksum checksum, int size) {
      this.checksum = checksum;
      this.size = size;
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
      checksum.update(bytes, offset, length);
    }

    @Override
    public byte[] finish() {
      long value = checksum.getValue();
      byte[] out = new byte[size];
      for (int i = size - 1; i >= 0; i--) {
        out[i] = (byte) value;
        value >>>= 8;
      }
      return out;
    }
  }

  private static final class MessageDigestDigest implements Digest {
    private final MessageDigest digest;

    MessageDigestDigest(MessageDigest digest) {
      this.digest = digest;
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
      digest.update(bytes, offset, length);
    }

    @Override
    public byte[] finish() {
      return digest.digest();
    }
  }
}
