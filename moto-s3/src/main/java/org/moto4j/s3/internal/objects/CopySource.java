package org.moto4j.s3.internal.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Request;

/**
 * The object a copy reads, as {@code x-amz-copy-source} names it (CopyObject, UploadPartCopy; the
 * same form for RenameObject's {@code x-amz-rename-source}): the URL-encoded {@code bucket/key},
 * with or without a leading {@code /}, optionally followed by {@code ?versionId=<id>}. The {@code
 * ?} is found before decoding, so a key holding an encoded {@code %3F} keeps it; escapes decode as
 * UTF-8 and {@code +} stays a plus sign, as in a path.
 *
 * <pre>{@code
 * CopySource source = CopySource.parse(request.header("x-amz-copy-source"));
 * // "/photos/2024%2Fa%20b.jpg?versionId=null" -> photos, "2024/a b.jpg", "null"
 * }</pre>
 *
 * @param bucket the source bucket's name
 * @param key the decoded source key
 * @param versionId the version named, or {@code null} for the current object
 */
public record CopySource(String bucket, String key, String versionId) {

  /** The header CopyObject and UploadPartCopy name their source in. */
  public static final String HEADER = "x-amz-copy-source";

  /** The most bytes one copy reads (5 GiB): CopyObject's source, UploadPartCopy's range. */
  public static final long MAX_COPY_BYTES = 5L * 1024 * 1024 * 1024;

  /** The version id of an object written while versioning was never enabled. */
  public static final String NULL_VERSION = "null";

  // S3's version ids: 32 characters of URL-safe base64 and dots (and moto's UUIDs).
  private static final Pattern VERSION_ID_FORM = Pattern.compile("[A-Za-z0-9._-]{32,36}");

  public CopySource {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
  }

  /**
   * Reads an {@code x-amz-copy-source} value.
   *
   * @throws AwsException {@code InvalidArgument} when the value names no bucket and key, or its
   *     escapes are malformed or not UTF-8
   */
  public static CopySource parse(String value) {
    return parse(value, HEADER);
  }

  /**
   * Reads a copy-source value from {@code header} (named in the error's {@code ArgumentName}).
   *
   * @throws AwsException {@code InvalidArgument}
   */
  public static CopySource parse(String value, String header) {
    if (value == null) {
      throw invalid(S3Errors.INVALID_COPY_SOURCE, header, null);
    }
    String path = value;
    String versionId = null;
    int question = value.indexOf('?');
    if (question >= 0) {
      path = value.substring(0, question);
      versionId = versionId(value.substring(question + 1), header, value);
    }
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    int slash = path.indexOf('/');
    if (slash <= 0 || slash == path.length() - 1) {
      throw invalid(S3Errors.INVALID_COPY_SOURCE, header, value);
    }
    String bucket = decode(path.substring(0, slash), header, value);
    String key = decode(path.substring(slash + 1), header, value);
    if (bucket.isEmpty() || key.isEmpty()) {
      throw invalid(S3Errors.INVALID_COPY_SOURCE, header, value);
    }
    return new CopySource(bucket, key, versionId);
  }

  /**
   * The source a CopyObject or UploadPartCopy request names in {@code x-amz-copy-source}.
   *
   * @throws AwsException {@code InvalidArgument} when it names no bucket and key
   */
  public static CopySource of(S3Request request) {
    return parse(request.header(HEADER));
  }

  /**
   * Reads the source for a copy: the bucket as the caller may read it ({@link BucketAccess}, with
   * {@code x-amz-source-expected-bucket-owner}), then {@link CopySourceReader#read}.
   *
   * @return the read, holding a lease on the source's body: close it when done
   * @throws AwsException {@code NoSuchBucket}, {@code AccessDenied}, and as {@link
   *     CopySourceReader#read}
   */
  public ObjectRead read(
      BucketAccess access, AccountContext context, S3Request request, RangeRequest range) {
    Bucket source = access.forObjects(bucket, context);
    ExpectedOwners.check(request.header("x-amz-source-expected-bucket-owner"), source);
    return CopySourceReader.read(source, this, request, range);
  }

  /**
   * Checks the size of what a copy reads.
   *
   * @throws AwsException {@code InvalidRequest} beyond {@link #MAX_COPY_BYTES}
   */
  public static void checkCopySize(long size) {
    if (size > MAX_COPY_BYTES) {
      throw S3Errors.COPY_SOURCE_TOO_LARGE.exception(MAX_COPY_BYTES);
    }
  }

  /** Whether the source names a version (even {@code null}) rather than the current object. */
  public boolean namesVersion() {
    return versionId != null;
  }

  /**
   * Checks that the version named can exist: without versioning only the {@code null} version of an
   * object does.
   *
   * @throws AwsException {@code NoSuchVersion} (404) for another id in the form S3 gives version
   *     ids, {@code InvalidArgument} (400) for an id in no such form
   */
  public void checkVersion() {
    checkVersion(key, versionId);
  }

  /**
   * Checks that a version of {@code key} can exist (GetObjectAttributes' {@code versionId}, say).
   *
   * @param versionId the version named, or {@code null} for the current object
   * @throws AwsException {@code NoSuchVersion} or {@code InvalidArgument}, as {@link
   *     #checkVersion()}
   */
  public static void checkVersion(String key, String versionId) {
    if (versionId == null || versionId.equals(NULL_VERSION)) {
      return;
    }
    if (!VERSION_ID_FORM.matcher(versionId).matches()) {
      throw S3Errors.INVALID_VERSION_ID
          .exception()
          .with("ArgumentName", "versionId")
          .with("ArgumentValue", versionId);
    }
    throw S3Errors.NO_SUCH_VERSION.exception().with("Key", key).with("VersionId", versionId);
  }

  /** The {@code versionId} of the query part; other parameters are ignored, as S3 ignores them. */
  private static String versionId(String query, String header, String value) {
    String found = null;
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (name.equals("versionId")) {
        found = equals < 0 ? "" : decode(parameter.substring(equals + 1), header, value);
      }
    }
    if (found != null && found.isEmpty()) {
      throw S3Errors.INVALID_VERSION_ID
          .exception()
          .with("ArgumentName", "versionId")
          .with("ArgumentValue", "");
    }
    return found;
  }

  /** Decodes percent escapes strictly: a malformed escape or bytes that are not UTF-8 fail. */
  private static String decode(String text, String header, String value) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
        int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          throw invalid(S3Errors.INVALID_COPY_SOURCE_ENCODING, header, value);
        }
        bytes.write(high << 4 | low);
        i += 3;
      } else {
        int codePoint = text.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(S3Errors.INVALID_COPY_SOURCE_ENCODING, header, value);
    }
  }

  private static AwsException invalid(S3Errors error, String header, String value) {
    return error.exception().with("ArgumentName", header).with("ArgumentValue", value);
  }
}
