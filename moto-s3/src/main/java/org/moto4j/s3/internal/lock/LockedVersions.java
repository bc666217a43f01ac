package org.moto4j.s3.internal.lock;

import java.util.function.UnaryOperator;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.BucketVersions;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * The version a retention or legal-hold request is about (the {@code versionId} one, else the key's
 * current version), and the atomic change of its lock.
 */
final class LockedVersions {

  private LockedVersions() {}

  /**
   * The version the request names.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument} for a malformed version
   *     id, {@code NoSuchVersion}, {@code NoSuchKey} (no current version, or a delete marker),
   *     {@code MethodNotAllowed} for a delete marker named by id
   */
  static StoredObject find(Bucket bucket, S3Request request) {
    String key = request.key();
    String versionId = request.queryParameter("versionId");
    if (versionId == null) {
      return bucket
          .versions()
          .latest(key)
          .filter(version -> !version.isDeleteMarker())
          .orElseThrow(() -> S3Errors.NO_SUCH_KEY.exception().with("Key", key));
    }
    if (versionId.isEmpty() || !BucketVersions.isWellFormed(versionId)) {
      throw S3Errors.INVALID_VERSION_ID
          .exception()
          .with("ArgumentName", "versionId")
          .with("ArgumentValue", versionId);
    }
    StoredObject version =
        bucket
            .version(key, versionId)
            .orElseThrow(
                () ->
                    S3Errors.NO_SUCH_VERSION
                        .exception()
                        .with("Key", key)
                        .with("VersionId", versionId));
    if (version.isDeleteMarker()) {
      throw S3Errors.METHOD_NOT_ALLOWED
          .exception()
          .with("Method", request.http().method())
          .with("ResourceType", "DeleteMarker")
          .withHeader("x-amz-delete-marker", "true")
          .withHeader("x-amz-version-id", version.wireVersionId());
    }
    return version;
  }

  /**
   * Changes the lock of the version the request names, again from the start if another request
   * replaced that version's record meanwhile (its tags, say), so that no change is lost.
   *
   * @param change the new lock from the current one; may throw to refuse the change
   * @return the version as changed
   */
  static StoredObject changeLock(
      Bucket bucket, S3Request request, UnaryOperator<ObjectLock> change) {
    while (true) {
      StoredObject version = find(bucket, request);
      ObjectLock lock = change.apply(version.attributes().lock());
      StoredObject changed = version.withAttributes(version.attributes().withLock(lock));
      if (bucket.versions().replace(version, changed)) {
        return changed;
      }
    }
  }
}
