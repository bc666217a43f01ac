package org.moto4j.s3.internal.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.ContentSha256;
import org.moto4j.s3.internal.S3Request;

/**
 * What an upload says its bytes must be, checked as S3 checks it: {@code Content-MD5}, one {@code
 * x-amz-checksum-<algorithm>} value in a header or in the trailer of an {@code aws-chunked} body
 * ({@code x-amz-trailer}), the algorithm named by {@code x-amz-sdk-checksum-algorithm} or {@code
 * x-amz-checksum-algorithm}, and the payload's SHA-256 a signed request states in {@code
 * x-amz-content-sha256} (when it is a hex digest rather than {@code UNSIGNED-PAYLOAD} or a {@code
 * STREAMING-*} value). Malformed values are refused before the body is read; the values themselves
 * are compared once it has been ({@link #verify}). An upload naming no checksum gets a CRC64NVME
 * one, as S3 stores for every new object.
 *
 * <pre>{@code
 * UploadIntegrity integrity = UploadIntegrity.of(request);     // before reading
 * Blob blob = blobs.write(body, integrity.algorithms());
 * ObjectChecksum checksum = integrity.verify(blob);            // after: BadDigest on mismatch
 * }</pre>
 */
public final class UploadIntegrity {

  /** The algorithm S3 uses when an upload names none. */
  public static final ChecksumAlgorithm DEFAULT_ALGORITHM = ChecksumAlgorithm.CRC64NVME;

  private static final String UNSUPPORTED_ALGORITHM =
      "Checksum algorithm provided is unsupported. Please try again with any of the valid types:"
          + " [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]";

  /** {@code x-amz-checksum-*} headers that carry no checksum value. */
  private static final Set<String> NOT_VALUES =
      Set.of("x-amz-checksum-mode", "x-amz-checksum-type", "x-amz-checksum-algorithm");

  private final String contentMd5;
  private final byte[] contentMd5Bytes;
  private final ChecksumAlgorithm algorithm;
  private final boolean named;
  private final String headerValue;
  private final boolean inTrailer;
  private final Supplier<Map<String, String>> trailers;
  private final String contentSha256;

  private UploadIntegrity(
      String contentMd5,
      byte[] contentMd5Bytes,
      ChecksumAlgorithm algorithm,
      boolean named,
      String headerValue,
      boolean inTrailer,
      Supplier<Map<String, String>> trailers,
      String contentSha256) {
    this.contentMd5 = contentMd5;
    this.contentMd5Bytes = contentMd5Bytes;
    this.algorithm = algorithm;
    this.named = named;
    this.headerValue = headerValue;
    this.inTrailer = inTrailer;
    this.trailers = trailers;
    this.contentSha256 = contentSha256;
  }

  /** No claim about the bytes: an MD5 ETag and a default CRC64NVME checksum are computed. */
  public static UploadIntegrity none() {
    return new UploadIntegrity(null, null, DEFAULT_ALGORITHM, false, null, false, Map::of, null);
  }

  /**
   * What a request's headers claim, its {@code x-amz-content-sha256} included; trailing checksums
   * are read from its body's trailer.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidDigest} for a malformed {@code
   *     Content-MD5}, {@code InvalidRequest} for malformed or conflicting checksum headers
   */
  public static UploadIntegrity of(S3Request request) {
    UploadIntegrity claimed = of(UploadFields.of(request), request::trailers);
    String sha256 = ContentSha256.stated(request);
    if (sha256 == null) {
      return claimed;
    }
    return new UploadIntegrity(
        claimed.contentMd5,
        claimed.contentMd5Bytes,
        claimed.algorithm,
        claimed.named,
        claimed.headerValue,
        claimed.inTrailer,
        claimed.trailers,
        sha256);
  }

  /**
   * What upload fields claim (a form upload's fields, say).
   *
   * @param trailers the trailing headers, read once the body was read to its end
   */
  public static UploadIntegrity of(UploadFields fields, Supplier<Map<String, String>> trailers) {
    String contentMd5 = fields.get("content-md5");
    byte[] md5 = null;
    if (contentMd5 != null) {
      md5 = decode(contentMd5);
      if (md5 == null || md5.length != 16) {
        throw S3Errors.INVALID_DIGEST.exception().with("Content-MD5", contentMd5);
      }
    }

    List<ChecksumAlgorithm> inHeaders = new ArrayList<>();
    for (String name : fields.names()) {
      if (name.startsWith("x-amz-checksum-") && !NOT_VALUES.contains(name)) {
        inHeaders.add(
            ChecksumAlgorithm.fromHeader(name)
                .orElseThrow(() -> S3Errors.INVALID_REQUEST.exception(UNSUPPORTED_ALGORITHM)));
      }
    }
    ChecksumAlgorithm trailing = trailingAlgorithm(fields.get("x-amz-trailer"));
    if (inHeaders.size() + (trailing == null ? 0 : 1) > 1) {
      throw S3Errors.INVALID_REQUEST.exception(
          "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
    }
    ChecksumAlgorithm given = inHeaders.isEmpty() ? trailing : inHeaders.get(0);
    String headerValue = null;
    if (!inHeaders.isEmpty()) {
      headerValue = fields.get(given.header());
      checkFormat(given, headerValue);
    }

    String declaredHeader =
        fields.has("x-amz-sdk-checksum-algorithm")
            ? "x-amz-sdk-checksum-algorithm"
            : "x-amz-checksum-algorithm";
    String declaredName = fields.get(declaredHeader);
    ChecksumAlgorithm declared = null;
    if (declaredName != null) {
      declared =
          ChecksumAlgorithm.fromS3Name(declaredName)
              .orElseThrow(() -> S3Errors.INVALID_REQUEST.exception(UNSUPPORTED_ALGORITHM));
      if (given == null) {
        throw S3Errors.INVALID_REQUEST.exception(
            declaredHeader
                + " specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers"
                + " were found.");
      }
      if (declared != given) {
        throw S3Errors.INVALID_REQUEST.exception(
            "Value for " + declaredHeader + " header is invalid.");
      }
    }
    ChecksumAlgorithm algorithm = given != null ? given : DEFAULT_ALGORITHM;
    return new UploadIntegrity(
        contentMd5, md5, algorithm, given != null, headerValue, trailing != null, trailers, null);
  }

  /**
   * A claim made outright: a copy's or a form's known values.
   *
   * @param contentMd5 the base64 MD5 the bytes must have, or {@code null}
   * @param algorithm the algorithm of {@code checksum}, or {@code null} for the default
   * @param checksum the base64 value the bytes must have, or {@code null} to only compute it
   */
  public static UploadIntegrity of(
      String contentMd5, ChecksumAlgorithm algorithm, String checksum) {
    byte[] md5 = null;
    if (contentMd5 != null) {
      md5 = decode(contentMd5);
      if (md5 == null || md5.length != 16) {
        throw S3Errors.INVALID_DIGEST.exception().with("Content-MD5", contentMd5);
      }
    }
    ChecksumAlgorithm chosen = algorithm == null ? DEFAULT_ALGORITHM : algorithm;
    if (checksum != null) {
      checkFormat(chosen, checksum);
    }
    return new UploadIntegrity(
        contentMd5, md5, chosen, algorithm != null, checksum, false, Map::of, null);
  }

  /** The checksums to compute on the way in (MD5 is always computed). */
  public Set<ChecksumAlgorithm> algorithms() {
    return contentSha256 == null
        ? EnumSet.of(algorithm)
        : EnumSet.of(algorithm, ChecksumAlgorithm.SHA256);
  }

  /** The algorithm of the checksum kept for the object. */
  public ChecksumAlgorithm algorithm() {
    return algorithm;
  }

  /** Whether the upload named its checksum algorithm (rather than getting the default). */
  public boolean isNamed() {
    return named;
  }

  /**
   * Compares what was received with what was claimed.
   *
   * @return the checksum to keep for the object
   * @throws org.moto4j.core.protocol.AwsException {@code XAmzContentSHA256Mismatch} when the bytes
   *     are not those the request was signed with, {@code BadDigest} on a mismatch, {@code
   *     InvalidRequest} for a malformed trailing checksum
   */
  public ObjectChecksum verify(Blob blob) {
    if (contentSha256 != null) {
      ContentSha256.check(contentSha256, blob.checksum(ChecksumAlgorithm.SHA256).orElseThrow());
    }
    if (contentMd5Bytes != null
        && !Arrays.equals(contentMd5Bytes, blob.checksum(ChecksumAlgorithm.MD5).orElseThrow())) {
      throw S3Errors.BAD_DIGEST
          .exception()
          .with("ExpectedDigest", contentMd5)
          .with("CalculatedDigest", blob.checksumBase64(ChecksumAlgorithm.MD5).orElseThrow());
    }
    String expected = headerValue;
    if (inTrailer) {
      expected = trailers.get().get(algorithm.header());
      if (expected != null) {
        checkFormat(algorithm, expected);
      }
    }
    String actual = blob.checksumBase64(algorithm).orElseThrow();
    if (expected != null && !Arrays.equals(decode(expected), decode(actual))) {
      throw S3Errors.CHECKSUM_MISMATCH.exception(algorithm.s3Name());
    }
    return ObjectChecksum.fullObject(algorithm, actual);
  }

  private static ChecksumAlgorithm trailingAlgorithm(String trailer) {
    if (trailer == null) {
      return null;
    }
    for (String name : trailer.split(",")) {
      String trimmed = name.trim().toLowerCase(Locale.ROOT);
      if (trimmed.startsWith("x-amz-checksum-")) {
        return ChecksumAlgorithm.fromHeader(trimmed)
            .orElseThrow(() -> S3Errors.INVALID_REQUEST.exception(UNSUPPORTED_ALGORITHM));
      }
    }
    return null;
  }

  private static void checkFormat(ChecksumAlgorithm algorithm, String value) {
    byte[] bytes = decode(value);
    if (bytes == null || bytes.length != length(algorithm)) {
      throw S3Errors.INVALID_REQUEST.exception(
          "Value for " + algorithm.header() + " header is invalid.");
    }
  }

  private static int length(ChecksumAlgorithm algorithm) {
    return switch (algorithm) {
      case CRC32, CRC32C -> 4;
      case CRC64NVME -> 8;
      case SHA1 -> 20;
      case SHA256 -> 32;
      case MD5 -> 16;
    };
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
