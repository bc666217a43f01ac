package org.moto4j.s3;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an object's writer said about it, kept as sent and answered on every read: the content
 * headers, user metadata, storage class, website redirect and tags.
 *
 * @param contentType {@code Content-Type}; S3's default {@code binary/octet-stream} when none
 * @param contentEncoding {@code Content-Encoding} without the {@code aws-chunked} framing, or null
 * @param contentDisposition {@code Content-Disposition}, or null
 * @param contentLanguage {@code Content-Language}, or null
 * @param cacheControl {@code Cache-Control}, or null
 * @param expires {@code Expires} exactly as sent (S3 echoes it unparsed), or null
 * @param userMetadata the {@code x-amz-meta-*} headers: names lower case without the prefix, values
 *     as sent, in the order sent
 * @param storageClass the storage class
 * @param websiteRedirectLocation {@code x-amz-website-redirect-location}, or null
 * @param tags the object's tags, in the order given
 */
public record ObjectAttributes(
    String contentType,
    String contentEncoding,
    String contentDisposition,
    String contentLanguage,
    String cacheControl,
    String expires,
    Map<String, String> userMetadata,
    StorageClass storageClass,
    String websiteRedirectLocation,
    Map<String, String> tags) {

  /** The content type S3 records when the upload names none. */
  public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  /** Nothing said: S3's defaults. */
  public static final ObjectAttributes DEFAULTS =
      new ObjectAttributes(
          DEFAULT_CONTENT_TYPE,
          null,
          null,
          null,
          null,
          null,
          Map.of(),
          StorageClass.STANDARD,
          null,
          Map.of());

  public ObjectAttributes {
    contentType = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
    userMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(userMetadata));
    storageClass = Objects.requireNonNull(storageClass, "storageClass");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  /** A copy with other tags (PutObjectTagging, CopyObject's tagging directive). */
  public ObjectAttributes withTags(Map<String, String> newTags) {
    return new ObjectAttributes(
        contentType,
        contentEncoding,
        contentDisposition,
        contentLanguage,
        cacheControl,
        expires,
        userMetadata,
        storageClass,
        websiteRedirectLocation,
        newTags);
  }

  /** A copy in another storage class. */
  public ObjectAttributes withStorageClass(StorageClass newStorageClass) {
    return new ObjectAttributes(
        contentType,
        contentEncoding,
        contentDisposition,
        contentLanguage,
        cacheControl,
        expires,
        userMetadata,
        newStorageClass,
        websiteRedirectLocation,
        tags);
  }
}
