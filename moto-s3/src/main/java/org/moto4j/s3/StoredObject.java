package org.moto4j.s3;

import java.time.Instant;
import java.util.Objects;
import org.moto4j.core.AccountId;

/**
 * One object as stored: its bytes and everything S3 answers about them. Immutable: a write replaces
 * the whole record in {@link Bucket#objects()}, so readers see the old object or the new one, never
 * a mix. The record owns its {@link ObjectBody}: whoever removes it from the map (an overwrite, a
 * delete, a reset) releases the body, unless the record replacing it shares it.
 *
 * @param key the object key
 * @param body the bytes
 * @param etag the quoted ETag as S3 sends it: the MD5 hex of the bytes, or for a multipart upload
 *     the MD5 of the parts' MD5s followed by {@code -N}
 * @param lastModified when the object was written, in whole seconds
 * @param owner the account that wrote it
 * @param attributes what the writer said about it (content headers, metadata, class, tags)
 * @param encryption how S3 says it is encrypted
 * @param checksum the additional checksum S3 keeps for it, or {@code null}
 * @param versionId the version id, or {@code null} for the {@code null} version (every object of a
 *     never-versioned bucket, and those written while versioning is suspended)
 */
public record StoredObject(
    String key,
    ObjectBody body,
    String etag,
    Instant lastModified,
    AccountId owner,
    ObjectAttributes attributes,
    ObjectEncryption encryption,
    ObjectChecksum checksum,
    String versionId) {

  public StoredObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(encryption, "encryption");
  }

  /**
   * A delete marker: the version a delete without version id adds to a versioned bucket. It has no
   * bytes ({@link ObjectBody#NONE}) and no ETag.
   *
   * @param versionId its version id, or {@code null} for the {@code null} marker (suspended bucket)
   */
  public static StoredObject deleteMarker(
      String key, String versionId, Instant lastModified, AccountId owner) {
    return new StoredObject(
        key,
        ObjectBody.NONE,
        "",
        lastModified,
        owner,
        ObjectAttributes.DEFAULTS,
        ObjectEncryption.S3_MANAGED,
        null,
        versionId);
  }

  /** Whether this version is a delete marker rather than an object. */
  public boolean isDeleteMarker() {
    return body == ObjectBody.NONE;
  }

  /** The version id as S3 writes it: the id, or {@code null} for the null version. */
  public String wireVersionId() {
    return versionId == null ? "null" : versionId;
  }

  /** The same object under another version id (a versioned bucket's write path), same body. */
  public StoredObject withVersionId(String newVersionId) {
    return new StoredObject(
        key, body, etag, lastModified, owner, attributes, encryption, checksum, newVersionId);
  }

  /** The payload's length in bytes. */
  public long size() {
    return body.length();
  }

  /** The storage class it was written with. */
  public StorageClass storageClass() {
    return attributes.storageClass();
  }

  /** The number of parts of a multipart upload, or {@code null} for a single upload. */
  public Integer partsCount() {
    return body.isMultipart() ? body.partCount() : null;
  }

  /**
   * The same object with other attributes (tags, say), sharing this one's body: replacing this
   * record by it must not release the body.
   */
  public StoredObject withAttributes(ObjectAttributes newAttributes) {
    return new StoredObject(
        key, body, etag, lastModified, owner, newAttributes, encryption, checksum, versionId);
  }

  // Records compare every component; objects are the same only when they are the same record, so
  // that ConcurrentMap.replace(key, expected, next) means "unless someone wrote meanwhile".
  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
