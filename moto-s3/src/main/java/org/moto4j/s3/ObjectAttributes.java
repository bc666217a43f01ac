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
 * @param restore the restore of an archived object, or {@code null} when none was requested
 * @param lock the version's Object Lock retention and legal hold ({@link ObjectLock#NONE} if none)
 * @param acl the object's ACL as set (canned or grants), {@code null} for the default {@code
 *     private}
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
    Map<String, String> tags,
    ObjectRestore restore,
    ObjectLock lock,
    AccessControlList acl) {

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
          Map.of(),
          null,
          ObjectLock.NONE,
          null);

  public ObjectAttributes {
    contentType = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
    userMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(userMetadata));
    storageClass = Objects.requireNonNull(storageClass, "storageClass");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    lock = lock == null ? ObjectLock.NONE : lock;
  }

  /** The ACL, {@code private} when none was set. */
  public AccessControlList effectiveAcl() {
    return acl == null ? AccessControlList.PRIVATE : acl;
  }

  /** A copy with another ACL (PutObjectAcl, an upload's ACL headers); same version. */
  public ObjectAttributes withAcl(AccessControlList newAcl) {
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
        tags,
        restore,
        lock,
        newAcl);
  }

  /** A copy with another Object Lock state (retention, legal hold) of the same version. */
  public ObjectAttributes withLock(ObjectLock newLock) {
    if (lock.equals(newLock)) {
      return this; // the common case of a bucket without Object Lock: no copy on the write path
    }
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
        tags,
        restore,
        newLock,
        acl);
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
        newTags,
        restore,
        lock,
        acl);
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
        tags,
        null,
        lock,
        acl);
  }

  /** A copy recording a restore of the archived object (RestoreObject). */
  public ObjectAttributes withRestore(ObjectRestore newRestore) {
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
        tags,
        newRestore,
        lock,
        acl);
  }
}
