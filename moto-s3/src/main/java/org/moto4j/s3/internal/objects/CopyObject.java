package org.moto4j.s3.internal.objects;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentNavigableMap;
import org.moto4j.core.AccountContext;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.CanonicalIds;
import org.moto4j.s3.ObjectAttributes;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectChecksum;
import org.moto4j.s3.ObjectEncryption;
import org.moto4j.s3.ObjectLock;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.BucketAccess;
import org.moto4j.s3.internal.S3Operation;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.acl.AccessSettings;
import org.moto4j.s3.internal.lock.ObjectLockHeaders;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * {@code PUT /bucket/key} with {@code x-amz-copy-source}: copies an object, within a bucket, across
 * buckets and across accounts (the source must be readable and the destination writable, as {@link
 * BucketAccess} rules), with the metadata and tagging directives ({@link CopyOptions}), the {@code
 * x-amz-copy-source-if-*} preconditions ({@link CopySourceReader}) and the destination's {@code
 * If-Match}/{@code If-None-Match}. Answers a {@code CopyObjectResult}.
 *
 * <p>The bytes stream from the source's blobs into a new blob (bounded memory), which recomputes
 * the MD5 ETag and the checksum: bodies have one owner each, so two keys never share one. A copy
 * onto the same key that keeps the bytes and their checksum (a metadata or storage-class change)
 * keeps the body instead and swaps the record atomically, copying nothing.
 */
public final class CopyObject implements S3Operation {

  private final BucketAccess access;
  private final ObjectWriter writer;

  @Inject
  public CopyObject(BucketAccess access, ObjectWriter writer) {
    this.access = access;
    this.writer = writer;
  }

  @Override
  public MotoResponse handle(S3Request request, AccountContext context) {
    Bucket destination = access.forObjects(request.bucket(), context);
    ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), destination);
    String key = request.key();
    UploadAttributes.checkKey(key);
    CopySource source = CopySource.of(request);
    CopyOptions options = CopyOptions.of(request, destination, context.account());
    AccessSettings.checkSettable(
        destination, options.requested().acl(), CanonicalIds.of(context.account()));
    ObjectLock lock =
        ObjectLockHeaders.forUpload(UploadFields.of(request), destination, request.receivedAt());
    // Fail before copying bytes that could never be stored; checked again when placing them.
    options.conditions().check(key, destination.objects().get(key));

    Copied copied;
    while (true) {
      copied = copy(request, context, destination, key, source, options, lock);
      if (copied != null) {
        break;
      }
      // The source changed while the copy kept its body in place: copy the new one.
    }
    MotoResponse response = answer(copied.copy());
    Versions.describe(response, destination, copied.copy());
    // S3 names the source's version when its bucket was ever versioned.
    StoredObject original = copied.source();
    if (original.versionId() != null
        || access.forObjects(source.bucket(), context).versioning().isVersioned()) {
      response.header("x-amz-copy-source-version-id", original.wireVersionId());
    }
    return response;
  }

  /** What one copy read and wrote: the source version and the object now under the key. */
  private record Copied(StoredObject source, StoredObject copy) {}

  /** One attempt: the source and the copy, or {@code null} when an in-place swap lost. */
  private Copied copy(
      S3Request request,
      AccountContext context,
      Bucket destination,
      String key,
      CopySource source,
      CopyOptions options,
      ObjectLock lock) {
    try (ObjectRead read = source.read(access, context, request, RangeRequest.whole())) {
      StoredObject original = read.object();
      CopySource.checkCopySize(original.size());
      boolean ontoItself = source.bucket().equals(destination.name()) && source.key().equals(key);
      if (ontoItself && !source.namesVersion() && !options.changes(original)) {
        throw S3Errors.COPY_TO_ITSELF.exception();
      }
      // A copy never keeps its source's lock: it gets the one requested or the bucket's default.
      ObjectAttributes attributes = options.attributesFor(original).withLock(lock);
      ChecksumAlgorithm algorithm = options.checksumAlgorithmFor(original);
      // A versioned bucket keeps the source as a version of its own: the copy gets its own body.
      if (ontoItself && !destination.versioning().isVersioned() && keepsBody(original, algorithm)) {
        StoredObject swapped = swapInPlace(destination, original, attributes, options, context);
        return swapped == null ? null : new Copied(original, swapped);
      }
      ObjectWriter.Received received;
      try (InputStream in = read.open()) {
        received = writer.receive(in, original.size(), UploadIntegrity.of(null, algorithm, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StoredObject copy =
          new StoredObject(
              key,
              ObjectBody.of(received.blob()),
              ObjectWriter.etag(received.blob()),
              writer.now(),
              context.account(),
              attributes,
              options.encryption(),
              received.checksum(),
              null);
      return new Copied(original, writer.commit(destination, copy, options.conditions()));
    }
  }

  /**
   * Whether a copy onto the same key may keep the body: its bytes, ETag and checksum would come out
   * the same (a single upload whose full-object checksum has the algorithm wanted).
   */
  private static boolean keepsBody(StoredObject original, ChecksumAlgorithm algorithm) {
    ObjectChecksum checksum = original.checksum();
    return !original.body().isMultipart()
        && checksum != null
        && checksum.type() == ObjectChecksum.Type.FULL_OBJECT
        && checksum.algorithm() == algorithm;
  }

  /**
   * Replaces {@code original} by a record sharing its body, only if it is still the object under
   * the key (a compare-and-set, so no write in between is lost and the body is never released while
   * the new record holds it).
   *
   * @return the new record, or {@code null} when another write replaced {@code original}
   */
  private StoredObject swapInPlace(
      Bucket bucket,
      StoredObject original,
      ObjectAttributes attributes,
      CopyOptions options,
      AccountContext context) {
    ObjectEncryption encryption = options.encryption();
    StoredObject copy =
        new StoredObject(
            original.key(),
            original.body(),
            original.etag(),
            writer.now(),
            context.account(),
            attributes,
            encryption,
            original.checksum(),
            null);
    ConcurrentNavigableMap<String, StoredObject> objects = bucket.objects();
    options.conditions().check(original.key(), original);
    if (!objects.replace(original.key(), original, copy)) {
      return null;
    }
    if (bucket.isDeleted() && objects.remove(original.key(), copy)) {
      // The bucket went while this copy landed: its drain may have missed the record.
      copy.body().release();
      throw S3Errors.NO_SUCH_BUCKET.exception().with("BucketName", bucket.name());
    }
    return copy;
  }

  private static MotoResponse answer(StoredObject copy) {
    XmlWriter xml =
        XmlWriter.document()
            .start("CopyObjectResult", S3Service.NAMESPACE)
            .element("ETag", copy.etag())
            .element("LastModified", copy.lastModified());
    ObjectChecksum checksum = copy.checksum();
    if (checksum != null) {
      xml.element("ChecksumType", checksum.type().name())
          .element("Checksum" + checksum.algorithm().s3Name(), checksum.value());
    }
    MotoResponse response = MotoResponse.status(200).xml(xml.end().toXml());
    ObjectEncryption encryption = copy.encryption();
    EncryptionHeaders.describe(response, encryption);
    if (encryption.kmsContext() != null) {
      response.header(EncryptionHeaders.KMS_CONTEXT, encryption.kmsContext());
    }
    return response;
  }
}
