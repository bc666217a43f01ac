package org.moto4j.s3.internal.restore;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.moto4j.core.AccountContext;
import org.moto4j.core.MotoConfig;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectRestore;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StorageClass;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.objects.ExpectedOwners;

/**
 * {@code POST /bucket/key?restore}: makes a temporary readable copy of a GLACIER or DEEP_ARCHIVE
 * object. The first request answers 202 and starts the restore (done at once, or after {@link
 * RestoreDelay}); a repeat while it runs answers 409 RestoreAlreadyInProgress; a repeat once it is
 * done answers 200 and moves the expiry. Other classes answer 403 InvalidObjectState.
 */
public final class RestoreObject implements S3Operation {

  private final BucketAccess access;
  private final Clock clock;
  private final MotoConfig config;

  @Inject
  public RestoreObject(BucketAccess access, Clock clock, MotoConfig config) {
    this.access = access;
    this.clock = clock;
    this.config = config;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), bucket);
    RestoreRequestBody body = RestoreRequestBody.read(request.body());
    String versionId = request.queryParameter("versionId");
    while (true) {
      StoredObject object = find(bucket, request.key(), versionId);
      checkRestorable(object);
      if (body.days() == null) {
        // S3 requires Days for GLACIER and DEEP_ARCHIVE (only Intelligent-Tiering omits it).
        throw S3Errors.MALFORMED_XML.exception();
      }
      Instant now = clock.instant();
      ObjectRestore current = object.attributes().restore();
      ObjectRestore next;
      int status;
      if (current == null || current.isExpired(now)) {
        next = ObjectRestore.requested(now, RestoreDelay.of(config), body.days());
        status = 202;
      } else if (current.isOngoing(now)) {
        throw S3Errors.RESTORE_ALREADY_IN_PROGRESS.exception();
      } else {
        next = current.extendedTo(now, body.days());
        status = 200;
      }
      StoredObject restored = object.withAttributes(object.attributes().withRestore(next));
      if (bucket.versions().replace(object, restored)) {
        return MotoResponse.status(status);
      }
      // A writer replaced the object meanwhile: decide again on what is there now.
    }
  }

  private static StoredObject find(Bucket bucket, String key, String versionId) {
    if (versionId == null) {
      StoredObject object = bucket.objects().get(key);
      if (object == null) {
        throw S3Errors.NO_SUCH_KEY.exception().with("Key", key);
      }
      return object;
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
      throw S3Errors.METHOD_NOT_ALLOWED.exception();
    }
    return version;
  }

  private static void checkRestorable(StoredObject object) {
    if (object.storageClass().isArchived()) {
      return;
    }
    if (object.storageClass() == StorageClass.INTELLIGENT_TIERING) {
      // moto4j never moves an object to the archive tiers: it is always in an active tier.
      throw S3Errors.OBJECT_ALREADY_IN_ACTIVE_TIER.exception();
    }
    throw S3Errors.RESTORE_NOT_ALLOWED.exception();
  }
}
