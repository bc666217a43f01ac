package org.moto4j.s3;

import java.time.Instant;
import java.util.Map;
import org.moto4j.core.AccountId;

/**
 * One object as stored: its bytes and what S3 answers about them. Bytes stay in memory until the
 * streaming blob store replaces this minimal storage.
 *
 * @param key the object key
 * @param content the payload (never modified once stored)
 * @param etag the quoted MD5 hex of the payload, as S3 sends it
 * @param contentType the {@code Content-Type} given on upload, or S3's default
 * @param contentEncoding the {@code Content-Encoding} given on upload, {@code aws-chunked} removed,
 *     or {@code null}
 * @param userMetadata the {@code x-amz-meta-*} headers, names in lower case without the prefix
 * @param lastModified when the object was written
 * @param owner the account that wrote it
 */
public record StoredObject(
    String key,
    byte[] content,
    String etag,
    String contentType,
    String contentEncoding,
    Map<String, String> userMetadata,
    Instant lastModified,
    AccountId owner) {

  public StoredObject {
    userMetadata = Map.copyOf(userMetadata);
  }

  /** The payload's length in bytes. */
  public long size() {
    return content.length;
  }
}
