package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountId;
import org.moto4j.core.blob.Blob;
import org.moto4j.core.blob.BlobStore;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.VersioningStatus;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.UnreadBodies;

/**
 * Writes objects for every operation that does (PutObject, POST uploads, CopyObject,
 * CompleteMultipartUpload): streams the body into the {@link BlobStore} (never whole in memory),
 * checks it against what the upload claimed, and only then makes the object visible, replacing any
 * previous one atomically and releasing its bytes. A failed write (a bad digest, a client gone
 * mid-body, a precondition, a bucket deleted meanwhile) leaves no object and no temporary file.
 *
 * <pre>{@code
 * StoredObject stored =
 *     writer.store(bucket, new ObjectWriter.Upload(key, account, attributes,
 *         ObjectEncryption.S3_MANAGED, UploadIntegrity.none(), WriteConditions.NONE), in, -1);
 * }</pre>
 *
 * <p>For uploads assembled from parts or copied, {@link #receive} turns a stream into a checked
 * blob, and {@link #commit} places a prepared {@link StoredObject}.
 */
@Singleton
public final class ObjectWriter {

  private final BlobStore blobs;
  private final Clock clock;

  @Inject
  public ObjectWriter(BlobStore blobs, Clock clock) {
    this.blobs = blobs;
    this.clock = clock;
  }

  /**
   * Everything an upload says about its object besides the bytes.
   *
   * @param key the key to write
   * @param writer the account writing, the object's owner
   * @param attributes content headers, metadata, storage class, tags
   * @param encryption the encryption S3 states for it
   * @param integrity what the bytes must be
   * @param conditions the write's preconditions
   */
  public record Upload(
      String key,
      AccountId writer,
      ObjectAttributes attributes,
      ObjectEncryption encryption,
      UploadIntegrity integrity,
      WriteConditions conditions) {

    public Upload {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(writer, "writer");
      Objects.requireNonNull(attributes, "attributes");
      Objects.requireNonNull(encryption, "encryption");
      Objects.requireNonNull(integrity, "integrity");
      Objects.requireNonNull(conditions, "conditions");
    }
  }

  /**
   * A body received and checked: the caller owns the blob (and releases it if it goes no further).
   *
   * @param blob the bytes
   * @param checksum the checksum to keep for them
   */
  public record Received(Blob blob, ObjectChecksum checksum) {}

  /**
   * Stores an object: reads {@code body} to its end into a blob, checks it, and places it.
   *
   * @param length the bytes the client announced ({@code Content-Length}), or -1 when unknown (an
   *     {@code aws-chunked} body checks its own length)
   * @return the object now visible under the key
   * @throws org.moto4j.core.protocol.AwsException {@code KeyTooLongError}, {@code NoSuchBucket},
   *     {@code IncompleteBody}, {@code BadDigest}, {@code InvalidRequest}, {@code
   *     PreconditionFailed}, {@code NoSuchKey} (If-Match on a free key); nothing is stored then
   */
  public StoredObject store(Bucket bucket, Upload upload, InputStream body, long length) {
    UploadAttributes.checkKey(upload.key());
    checkNotDeleted(bucket);
    // Fail before reading a body that could never be stored; checked again when placing it.
    upload.conditions().check(upload.key(), bucket.objects().get(upload.key()));
    Received received = receive(body, length, upload.integrity());
    StoredObject object =
        new StoredObject(
            upload.key(),
            ObjectBody.of(received.blob()),
            etag(received.blob()),
            now(),
            upload.writer(),
            upload.attributes(),
            upload.encryption(),
            received.checksum(),
            null);
    return commit(bucket, object, upload.conditions());
  }

  /**
   * Reads a body to its end into a blob, computing MD5 and the claimed checksum on the way in, and
   * checks it (UploadPart, CopyObject's bytes, POST uploads).
   *
   * @param length the bytes announced, or -1 when unknown
   * @throws org.moto4j.core.protocol.AwsException {@code IncompleteBody} when the client stopped
   *     early, {@code BadDigest} or {@code InvalidRequest} when the bytes are not what was claimed;
   *     no blob or file is left then
   */
  public Received receive(InputStream body, long length, UploadIntegrity integrity) {
    return receive(body, length, integrity, Set.of());
  }

  /**
   * Like {@link #receive(InputStream, long, UploadIntegrity)}, also computing {@code alsoCompute}
   * on the way in: a multipart upload's parts need the upload's checksum, whatever each part
   * claims.
   */
  public Received receive(
      InputStream body,
      long length,
      UploadIntegrity integrity,
      Set<ChecksumAlgorithm> alsoCompute) {
    Set<ChecksumAlgorithm> algorithms = EnumSet.copyOf(integrity.algorithms());
    algorithms.addAll(alsoCompute);
    Blob blob;
    try {
      blob = blobs.write(new ClientStream(body, length), length, algorithms);
    } catch (ClientStream.ClientFailure e) {
      throw S3Errors.INCOMPLETE_BODY.exception();
    } catch (IOException e) {
      // The store failed (a full disk), not the client, who is still sending: read the rest of a
      // body of moderate size so that the client gets the 500 rather than a reset connection.
      discard(body);
      throw new UncheckedIOException(e);
    }
    try {
      return new Received(blob, integrity.verify(blob));
    } catch (RuntimeException e) {
      blob.release();
      throw e;
    }
  }

  /**
   * Places a prepared object under its key, atomically: readers see the previous object or this
   * one. The replaced object's body is released (unless this one shares it). On any failure the new
   * object's body is released and nothing changes.
   *
   * @return {@code object}
   * @throws org.moto4j.core.protocol.AwsException {@code PreconditionFailed} or {@code NoSuchKey}
   *     when {@code conditions} do not hold, {@code NoSuchBucket} when the bucket was deleted
   */
  public StoredObject commit(Bucket bucket, StoredObject object, WriteConditions conditions) {
    VersioningStatus versioning = bucket.versioning();
    if (versioning.isVersioned()) {
      return commitVersion(bucket, object, conditions, versioning);
    }
    ConcurrentNavigableMap<String, StoredObject> objects = bucket.objects();
    String key = object.key();
    StoredObject replaced;
    try {
      checkNotDeleted(bucket);
      while (true) {
        replaced = objects.get(key);
        conditions.check(key, replaced);
        boolean placed =
            replaced == null
                ? objects.putIfAbsent(key, object) == null
                : objects.replace(key, replaced, object);
        if (placed) {
          break;
        }
      }
    } catch (RuntimeException e) {
      object.body().release();
      throw e;
    }
    if (replaced != null && replaced.body() != object.body()) {
      replaced.body().release();
    }
    if (bucket.isDeleted()) {
      // The bucket went while this write landed: its drain may have missed this object.
      if (objects.remove(key, object)) {
        object.body().release();
      }
      throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
    }
    return object;
  }

  /**
   * The versioned bucket's install: the object gets its version id (a new one, or {@code null}
   * while suspended) and the previous current version stays as a noncurrent one (or goes, when both
   * are the null version). No Object Lock veto applies to that replacement: a bucket with Object
   * Lock is always Enabled, where a write never removes a version.
   */
  private static StoredObject commitVersion(
      Bucket bucket, StoredObject object, WriteConditions conditions, VersioningStatus status) {
    String key = object.key();
    StoredObject placed;
    try {
      checkNotDeleted(bucket);
      placed = bucket.versions().put(object, status, current -> conditions.check(key, current));
    } catch (RuntimeException e) {
      object.body().release();
      throw e;
    }
    if (bucket.isDeleted()) {
      // The bucket went while this write landed: its drain may have missed this version.
      bucket.markDeleted();
      throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
    }
    return placed;
  }

  private static void discard(InputStream body) {
    byte[] buffer = new byte[16 * 1024];
    try {
      for (long left = UnreadBodies.LIMIT; left > 0; ) {
        int n = body.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          return;
        }
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or sent a malformed rest: the store's failure is still the answer.
    }
  }

  /** Now, in the whole seconds S3 keeps (Last-Modified and listings agree). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** The bytes a request's body announces, or -1 for an {@code aws-chunked} or unsized body. */
  public static long announcedLength(S3Request request) {
    if (request.isAwsChunked()) {
      return -1;
    }
    String length = request.header("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The quoted MD5 hex of a single upload, as S3's ETag. */
  public static String etag(Blob blob) {
    return "\"" + blob.md5Hex() + "\"";
  }

  private static void checkNotDeleted(Bucket bucket) {
    if (bucket.isDeleted()) {
      throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
    }
  }

  /**
   * The client's side of a body: its read failures (a client gone mid-body) are told apart from the
   * store's own, and a body shorter than announced fails rather than storing a short object.
   */
  private static final class ClientStream extends FilterInputStream {

    /** A failure of the client's stream. */
    static final class ClientFailure extends IOException {
      private static final long serialVersionUID = 1L;

      ClientFailure(String message, Throwable cause) {
        super(message, cause);
      }
    }

    private final long expected;
    private long count;

    ClientStream(InputStream in, long expected) {
      super(in);
      this.expected = expected;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n;
      try {
        n = in.read(buffer, offset, length);
      } catch (IOException e) {
        throw new ClientFailure("The client's body failed after " + count + " bytes", e);
      }
      if (n < 0) {
        if (expected >= 0 && count < expected) {
          throw new ClientFailure("The body ended at " + count + " of " + expected, null);
        }
        return n;
      }
      count += n;
      return n;
    }
  }
}
