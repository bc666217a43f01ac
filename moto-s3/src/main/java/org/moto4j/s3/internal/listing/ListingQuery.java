package org.moto4j.s3.internal.listing;

import java.nio.charset.StandardCharsets;
import org.moto4j.core.AccountContext;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Request;

/**
 * What ListObjects and ListObjectsV2 share of a request: {@code prefix}, {@code delimiter}, {@code
 * max-keys} and {@code encoding-type}, checked as S3 checks them, and the {@code url} encoding S3
 * applies to the keys it answers.
 *
 * @param prefix the prefix, empty for none
 * @param delimiter the delimiter, {@code null} for none (S3 takes an empty one as none)
 * @param maxKeys the page size: 1,000 when not given, never more
 * @param urlEncoded whether the request asked for {@code encoding-type=url}
 */
record ListingQuery(String prefix, String delimiter, int maxKeys, boolean urlEncoded) {

  /** The most entries one page holds, and the page size when the request names none. */
  static final int MAX_KEYS = 1000;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Reads the shared parameters.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a bad {@code
   *     max-keys} or {@code encoding-type}
   */
  static ListingQuery of(S3Request request) {
    String encodingType = request.queryParameter("encoding-type");
    if (encodingType != null && !encodingType.equals("url")) {
      throw S3Errors.INVALID_ENCODING_TYPE
          .exception()
          .with("ArgumentName", "encoding-type")
          .with("ArgumentValue", encodingType);
    }
    String delimiter = request.queryParameter("delimiter");
    return new ListingQuery(
        orEmpty(request.queryParameter("prefix")),
        delimiter == null || delimiter.isEmpty() ? null : delimiter,
        maxKeys(request.queryParameter("max-keys")),
        encodingType != null);
  }

  /**
   * The bucket to list: listing another account's bucket follows moto's rule for objects; an {@code
   * x-amz-expected-bucket-owner} that is not the owner is denied, as S3 does.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchBucket} or {@code AccessDenied}
   */
  static Bucket bucket(BucketAccess access, S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    String expectedOwner = request.header("x-amz-expected-bucket-owner");
    if (expectedOwner != null && !expectedOwner.equals(bucket.owner().value())) {
      throw S3Errors.ACCESS_DENIED.exception();
    }
    return bucket;
  }

  /** The value of the {@code EncodingType} element: {@code url} or {@code null}. */
  String encodingType() {
    return urlEncoded ? "url" : null;
  }

  /**
   * A key, prefix, delimiter or marker as the response carries it: unchanged, or for {@code
   * encoding-type=url} its UTF-8 bytes percent-encoded as S3 does, which leaves unreserved
   * characters and {@code /} alone and writes a space as {@code +}. Either way no control character
   * reaches the XML, which XML 1.0 cannot carry.
   */
  String encode(String text) {
    if (text == null || !urlEncoded) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || c == '/') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static int maxKeys(String value) {
    if (value == null) {
      return MAX_KEYS;
    }
    int max;
    try {
      max = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw S3Errors.MAX_KEYS_NOT_AN_INTEGER
          .exception()
          .with("ArgumentName", "max-keys")
          .with("ArgumentValue", value);
    }
    if (max < 0) {
      throw S3Errors.INVALID_MAX_KEYS
          .exception()
          .with("ArgumentName", "maxKeys")
          .with("ArgumentValue", value);
    }
    return Math.min(max, MAX_KEYS);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
