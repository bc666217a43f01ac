package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.lock.ObjectLocks;
import org.moto4j.s3.internal.versioning.MfaDelete;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code POST /bucket?delete}: deletes up to 1,000 objects named in a {@code Delete} document
 * ({@link DeleteRequest}), releasing their bytes, and answers a {@code DeleteResult}: every key
 * deleted (a key that does not exist counts as deleted, as in S3) unless {@code Quiet}, then every
 * key that could not be, with its error code and message. Each key is deleted on its own, as S3
 * does: one failing does not keep the others.
 *
 * <p>The model marks the body's checksum as required: a request with neither {@code Content-MD5}
 * nor an {@code x-amz-checksum-*} value (header or trailer; the SDKs send one) is refused, and the
 * value sent is verified. Per key, {@code ETag} (and {@code LastModifiedTime}, {@code Size}, which
 * AWS honours for directory buckets only) make the deletion conditional: another object is a {@code
 * PreconditionFailed} entry, none a {@code NoSuchKey} one. In a versioned bucket a key without
 * {@code VersionId} gets a delete marker ({@code DeleteMarker}, {@code DeleteMarkerVersionId}); a
 * {@code VersionId} removes that version for good (Object Lock permitting; with MFA delete the
 * whole request needs {@code x-amz-mfa}), and one that is not there is reported deleted, as S3
 * reports it.
 */
public final class DeleteObjects implements S3Operation {

  /** The largest {@code Delete} document read: 1,000 keys of 1,024 bytes, escaped, fit. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public DeleteObjects(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  /**
   * What became of one key.
   *
   * @param error the failure, or {@code null} when it counts as deleted
   * @param deleteMarker whether a delete marker was added or removed
   * @param deleteMarkerVersionId that marker's version id, or {@code null}
   */
  private record Outcome(
      DeleteRequest.Target target,
      AwsException error,
      boolean deleteMarker,
      String deleteMarkerVersionId) {

    static Outcome deleted(DeleteRequest.Target target) {
      return new Outcome(target, null, false, null);
    }

    static Outcome failed(DeleteRequest.Target target, AwsException error) {
      return new Outcome(target, error, false, null);
    }
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket bucket = access.forObjects(request.bucket(), context);
    ObjectLocks.checkBypassHeader(bucket, request);
    DeleteRequest delete = DeleteRequest.parse(body(request));
    // S3 fails the whole request when any version would go without the MFA it needs.
    if (delete.objects().stream().anyMatch(target -> target.versionId() != null)) {
      MfaDelete.check(bucket, request);
    }
    List<Outcome> deleted = new ArrayList<>();
    List<Outcome> failed = new ArrayList<>();
    for (DeleteRequest.Target target : delete.objects()) {
      Outcome outcome = delete(bucket, target, request, context);
      (outcome.error() == null ? deleted : failed).add(outcome);
    }
    XmlWriter xml = XmlWriter.document().start("DeleteResult", S3Service.NAMESPACE);
    if (!delete.quiet()) {
      for (Outcome outcome : deleted) {
        xml.start("Deleted").element("Key", outcome.target().key());
        xml.optional("VersionId", outcome.target().versionId());
        if (outcome.deleteMarker()) {
          xml.element("DeleteMarker", true)
              .element("DeleteMarkerVersionId", outcome.deleteMarkerVersionId());
        }
        xml.end();
      }
    }
    for (Outcome outcome : failed) {
      xml.start("Error").element("Key", outcome.target().key());
      xml.optional("VersionId", outcome.target().versionId())
          .element("Code", outcome.error().code())
          .element("Message", outcome.error().getMessage())
          .end();
    }
    return MotoResponse.status(200).xml(xml.end().toXml());
  }

  /**
   * The request's document, its integrity checked.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidRequest} without Content-MD5 or a
   *     checksum, {@code BadDigest}, {@code InvalidDigest}, {@code IncompleteBody}, {@code
   *     MalformedXML} beyond {@link #MAX_BODY_BYTES}
   */
  private byte[] body(S3Request request) {
    UploadIntegrity integrity = UploadIntegrity.of(request);
    if (request.header("Content-MD5") == null && !integrity.isNamed()) {
      throw S3Errors.MISSING_REQUIRED_HEADER.exception("Content-Md5");
    }
    Blob blob =
        writer.receive(request.body(), ObjectWriter.announcedLength(request), integrity).blob();
    try {
      if (blob.length() > MAX_BODY_BYTES) {
        throw S3Errors.MALFORMED_XML.exception();
      }
      try (InputStream in = blob.open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } finally {
      blob.release();
    }
  }

  /** Deletes one key, or one version of it. */
  private Outcome delete(
      Bucket bucket, DeleteRequest.Target target, S3Request request, AccountContext context) {
    String key = target.key();
    if (key.getBytes(StandardCharsets.UTF_8).length > UploadAttributes.MAX_KEY_BYTES) {
      return Outcome.failed(target, S3Errors.KEY_TOO_LONG.exception());
    }
    String versionId = target.versionId();
    try {
      if (versionId != null) {
        return deleteVersion(bucket, target, request);
      }
      VersioningStatus versioning = bucket.versioning();
      if (versioning.isVersioned()) {
        StoredObject marker =
            bucket
                .versions()
                .addDeleteMarker(
                    StoredObject.deleteMarker(key, null, writer.now(), context.account()),
                    versioning,
                    current -> check(target, current));
        return new Outcome(target, null, true, marker.wireVersionId());
      }
      deleteCurrent(bucket.objects(), target);
      return Outcome.deleted(target);
    } catch (AwsException e) {
      return Outcome.failed(target, e);
    }
  }

  /**
   * Removes one version for good (Object Lock permitting); a version that is not there counts as
   * deleted, as S3 reports it.
   */
  private static Outcome deleteVersion(
      Bucket bucket, DeleteRequest.Target target, S3Request request) {
    String versionId = target.versionId();
    Versions.checkForm(versionId);
    Optional<StoredObject> removed =
        bucket
            .versions()
            .remove(
                target.key(),
                versionId,
                version -> {
                  check(target, version);
                  ObjectLocks.checkDeletable(bucket, version, request);
                });
    if (removed.isPresent() && removed.get().isDeleteMarker()) {
      return new Outcome(target, null, true, versionId);
    }
    return Outcome.deleted(target);
  }

  /** A never-versioned bucket's delete: the object goes, its bytes released. */
  private static void deleteCurrent(
      ConcurrentNavigableMap<String, StoredObject> objects, DeleteRequest.Target target) {
    String key = target.key();
    while (true) {
      StoredObject current = objects.get(key);
      check(target, current);
      if (current == null || objects.remove(key, current)) {
        if (current != null) {
          current.body().release();
        }
        return;
      }
      // Replaced meanwhile: judge the new object.
    }
  }

  /**
   * The target's conditions against the current object.
   *
   * @throws AwsException {@code NoSuchKey} (conditional, no object) or {@code PreconditionFailed}
   */
  private static void check(DeleteRequest.Target target, StoredObject current) {
    if (current == null) {
      if (target.isConditional()) {
        throw S3Errors.NO_SUCH_KEY.exception();
      }
      return;
    }
    if (!holds(target, current)) {
      throw S3Errors.PRECONDITION_FAILED.exception();
    }
  }

  private static boolean holds(DeleteRequest.Target target, StoredObject current) {
    return (target.etag() == null || EntityTags.matches(target.etag(), current.etag()))
        && (target.lastModifiedTime() == null
            || target.lastModifiedTime().equals(current.lastModified()))
        && (target.size() == null || target.size() == current.size());
  }
}
