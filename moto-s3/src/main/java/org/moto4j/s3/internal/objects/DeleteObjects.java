package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;

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
 * PreconditionFailed} entry, none a {@code NoSuchKey} one. A {@code VersionId} other than {@code
 * null} names a version that does not exist without versioning: reported deleted, as S3 reports a
 * deleted version that was not there, and nothing changes.
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

  /** What became of one key. */
  private record Outcome(DeleteRequest.Target target, S3Errors error) {}

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    ConcurrentNavigableMap<String, StoredObject> objects =
        access.forObjects(request.bucket(), context).objects();
    DeleteRequest delete = DeleteRequest.parse(body(request));
    List<Outcome> deleted = new ArrayList<>();
    List<Outcome> failed = new ArrayList<>();
    for (DeleteRequest.Target target : delete.objects()) {
      S3Errors error = delete(objects, target);
      (error == null ? deleted : failed).add(new Outcome(target, error));
    }
    XmlWriter xml = XmlWriter.document().start("DeleteResult", S3Service.NAMESPACE);
    if (!delete.quiet()) {
      for (Outcome outcome : deleted) {
        xml.start("Deleted").element("Key", outcome.target().key());
        xml.optional("VersionId", outcome.target().versionId()).end();
      }
    }
    for (Outcome outcome : failed) {
      xml.start("Error").element("Key", outcome.target().key());
      xml.optional("VersionId", outcome.target().versionId())
          .element("Code", outcome.error().code())
          .element("Message", outcome.error().message())
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

  /** Deletes one key; the error to report, or {@code null} when it counts as deleted. */
  private static S3Errors delete(
      ConcurrentNavigableMap<String, StoredObject> objects, DeleteRequest.Target target) {
    String key = target.key();
    if (key.getBytes(StandardCharsets.UTF_8).length > UploadAttributes.MAX_KEY_BYTES) {
      return S3Errors.KEY_TOO_LONG;
    }
    if (target.versionId() != null && !target.versionId().equals(CopySource.NULL_VERSION)) {
      return null;
    }
    while (true) {
      StoredObject current = objects.get(key);
      if (current == null) {
        return target.isConditional() ? S3Errors.NO_SUCH_KEY : null;
      }
      if (!holds(target, current)) {
        return S3Errors.PRECONDITION_FAILED;
      }
      if (objects.remove(key, current)) {
        current.body().release();
        return null;
      }
      // Replaced meanwhile: judge the new object.
    }
  }

  private static boolean holds(DeleteRequest.Target target, StoredObject current) {
    return (target.etag() == null || EntityTags.matches(target.etag(), current.etag()))
        && (target.lastModifiedTime() == null
            || target.lastModifiedTime().equals(current.lastModified()))
        && (target.size() == null || target.size() == current.size());
  }
}
