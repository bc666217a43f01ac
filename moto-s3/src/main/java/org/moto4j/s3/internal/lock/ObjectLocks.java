package org.moto4j.s3.internal.lock;

import java.util.Optional;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.S3Request;

/**
 * Object Lock's rules for the rest of S3: whether a bucket has Object Lock, its veto on removing a
 * protected version, and its hold on the bucket's versioning state.
 *
 * <p>A version is protected while its legal hold is on, or until its retain-until date (judged at
 * the time the request arrived): a COMPLIANCE retention against everyone, a GOVERNANCE one unless
 * the request says {@code x-amz-bypass-governance-retention: true}. A delete without version id
 * only adds a delete marker and is never refused; delete markers are never protected.
 *
 * <pre>{@code
 * ObjectLocks.checkDeletable(bucket, version, request); // before removing `version` for good
 * }</pre>
 */
public final class ObjectLocks {

  /** The header by which a request bypasses GOVERNANCE retention. */
  public static final String BYPASS_HEADER = "x-amz-bypass-governance-retention";

  private ObjectLocks() {}

  /** Whether the bucket has Object Lock enabled. */
  public static boolean isEnabled(Bucket bucket) {
    return bucket.configurations().get(LockConfiguration.KIND).isPresent();
  }

  /**
   * Enables Object Lock on a bucket being created with {@code x-amz-bucket-object-lock-enabled:
   * true}, which also enables its versioning.
   */
  public static void enableAtCreation(Bucket bucket) {
    bucket.setVersioning(VersioningStatus.ENABLED);
    bucket.configurations().put(LockConfiguration.KIND, LockConfiguration.ENABLED);
  }

  /**
   * Refuses, with AWS's error, the removal of {@code version} from {@code bucket} when its
   * retention or legal hold protects it. Callers invoke it before a specific version is deleted or
   * overwritten; a request that only adds a delete marker does not call it.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code AccessDenied} ("Access Denied because
   *     object protected by object lock.")
   */
  public static void checkDeletable(Bucket bucket, StoredObject version, S3Request request) {
    S3Errors refusal = deletionRefusal(bucket, version, request);
    if (refusal != null) {
      throw refusal.exception();
    }
  }

  /**
   * What {@link #checkDeletable} would throw, as the error to report (DeleteObjects lists it per
   * key rather than failing the request), or {@code null} when the version may go.
   */
  public static S3Errors deletionRefusal(Bucket bucket, StoredObject version, S3Request request) {
    if (version.isDeleteMarker()) {
      return null;
    }
    ObjectLock lock = version.attributes().lock();
    if (lock.isLegalHoldOn()) {
      return S3Errors.OBJECT_LOCKED;
    }
    if (lock.retainedAt(request.receivedAt())
        && (lock.mode() == ObjectLock.Mode.COMPLIANCE || !bypassesGovernance(request))) {
      return S3Errors.OBJECT_LOCKED;
    }
    return null;
  }

  /**
   * Checks a versioning change (PutBucketVersioning) against the bucket's Object Lock: a bucket
   * with Object Lock stays Enabled.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidBucketState}
   */
  public static void checkVersioningChange(Bucket bucket, VersioningStatus requested) {
    if (requested != VersioningStatus.ENABLED && isEnabled(bucket)) {
      throw S3Errors.OBJECT_LOCK_KEEPS_VERSIONING.exception().with("BucketName", bucket.name());
    }
  }

  /**
   * Checks the bypass header of a DeleteObject or DeleteObjects request: S3 refuses it, whatever
   * its value, on a bucket without Object Lock.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidArgument}
   */
  public static void checkBypassHeader(Bucket bucket, S3Request request) {
    String bypass = request.header(BYPASS_HEADER);
    if (bypass != null && !isEnabled(bucket)) {
      throw S3Errors.BYPASS_WITHOUT_OBJECT_LOCK
          .exception()
          .with("ArgumentName", BYPASS_HEADER)
          .with("ArgumentValue", bypass);
    }
  }

  /** Whether the request asks to bypass GOVERNANCE retention. */
  static boolean bypassesGovernance(S3Request request) {
    String bypass = request.header(BYPASS_HEADER);
    return bypass != null && bypass.trim().equalsIgnoreCase("true");
  }

  /** The bucket's configuration. */
  static Optional<LockConfiguration> configuration(Bucket bucket) {
    return bucket.configurations().get(LockConfiguration.KIND);
  }
}
