package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.lock.ObjectLocks;
import org.moto4j.s3.internal.versioning.MfaDelete;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code DELETE /bucket/key}: removes the object and releases its bytes; deleting a missing key
 * succeeds too (204), as in S3. With {@code If-Match}, only the object of that ETag ({@code *}:
 * any) is deleted: another answers 412, none 404. In a versioned bucket it adds a delete marker
 * instead ({@code x-amz-delete-marker: true}); with {@code versionId} it removes that version for
 * good (Object Lock and MFA delete permitting), and the newest remaining one becomes current.
 */
public final class DeleteObject implements S3Operation {

  private final BucketAccess access;
  private final Clock clock;

  @Inject
  public DeleteObject(BucketAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ObjectLocks.checkBypassHeader(bucket, request);
    String versionId = Versions.parameter(request);
    if (versionId != null) {
      return deleteVersion(bucket, request, versionId);
    }
    VersioningStatus versioning = bucket.versioning();
    if (versioning.isVersioned()) {
      return addDeleteMarker(bucket, request, context, versioning);
    }
    ConcurrentNavigableMap<String, StoredObject> objects = bucket.objects();
    String ifMatch = request.header("If-Match");
    String key = request.key();
    while (true) {
      StoredObject current = objects.get(key);
      if (current == null) {
        if (ifMatch != null) {
          throw S3Errors.NO_SUCH_KEY.exception().with("Key", key);
        }
        return MotoResponse.status(204);
      }
      checkIfMatch(ifMatch, current, key);
      if (objects.remove(key, current)) {
        current.body().release();
        return MotoResponse.status(204);
      }
      // Replaced meanwhile: judge the new object.
    }
  }

  /** Removes one version for good: S3 answers 204 whether or not it existed. */
  private static MotoResponse deleteVersion(Bucket bucket, S3Request request, String versionId) {
    MfaDelete.check(bucket, request);
    Optional<StoredObject> removed =
        bucket
            .versions()
            .remove(
                request.key(),
                versionId,
                version -> ObjectLocks.checkDeletable(bucket, version, request));
    MotoResponse response = MotoResponse.status(204).header(Versions.VERSION_ID, versionId);
    if (removed.isPresent() && removed.get().isDeleteMarker()) {
      response.header(Versions.DELETE_MARKER, "true");
    }
    return response;
  }

  /** A versioned bucket keeps the object: a delete marker becomes the key's current version. */
  private MotoResponse addDeleteMarker(
      Bucket bucket, S3Request request, AccountContext context, VersioningStatus versioning) {
    String key = request.key();
    String ifMatch = request.header("If-Match");
    StoredObject marker =
        bucket
            .versions()
            .addDeleteMarker(
                StoredObject.deleteMarker(
                    key, null, clock.instant().truncatedTo(ChronoUnit.SECONDS), context.account()),
                versioning,
                current -> {
                  if (ifMatch != null) {
                    if (current == null) {
                      throw S3Errors.NO_SUCH_KEY.exception().with("Key", key);
                    }
                    checkIfMatch(ifMatch, current, key);
                  }
                });
    if (bucket.isDeleted()) {
      bucket.markDeleted();
    }
    return MotoResponse.status(204)
        .header(Versions.DELETE_MARKER, "true")
        .header(Versions.VERSION_ID, marker.wireVersionId());
  }

  private static void checkIfMatch(String ifMatch, StoredObject current, String key) {
    if (ifMatch != null && !EntityTags.matches(ifMatch, current.etag())) {
      throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "If-Match");
    }
  }
}
