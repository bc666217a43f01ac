package org.moto4j.s3.internal.objects;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.ObjectRestore;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * Reads the object a copy names (CopyObject; UploadPartCopy may share it): the version check, the
 * {@code x-amz-copy-source-if-*} preconditions, the archive tier and the source's SSE-C key ({@code
 * x-amz-copy-source-server-side-encryption-customer-*}), then a lease on the body of that very
 * object, so the copy reads one whole version even while writers replace it.
 *
 * <p>The preconditions are evaluated as for GetObject ({@link ReadConditions}, RFC 9110 order), as
 * AWS documents for copies: {@code if-match} true wins over {@code if-unmodified-since} false; but
 * a copy has no 304, so what would be "not modified" ({@code if-none-match} matches, or not
 * modified since {@code if-modified-since}) is a 412 too, naming the copy-source header.
 */
public final class CopySourceReader {

  private static final String PREFIX = "x-amz-copy-source-";

  private CopySourceReader() {}

  /**
   * Reads the source of a copy.
   *
   * @param bucket the source bucket, already checked for access
   * @param range the bytes wanted; {@link RangeRequest#whole()} for CopyObject
   * @return the read, holding a lease on the source's body: close it when done
   * @throws AwsException {@code NoSuchVersion}/{@code InvalidArgument} (a version other than {@code
   *     null}), {@code NoSuchKey}, {@code PreconditionFailed} (412, {@code Condition} naming the
   *     {@code x-amz-copy-source-If-*} header), {@code InvalidObjectState} (an archived source),
   *     {@code InvalidRequest}/{@code AccessDenied} (the source's customer key)
   */
  public static ObjectRead read(
      Bucket bucket, CopySource source, S3Request request, RangeRequest range) {
    if (source.versionId() != null) {
      Versions.checkForm(source.versionId());
    }
    ReadConditions conditions = conditions(request);
    UploadFields sourceKey = sourceKeyFields(request);
    while (true) {
      StoredObject object = version(bucket, source);
      String failed = failedCondition(conditions, object);
      if (failed != null) {
        throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", failed);
      }
      // A restored archive copies (the usual way to bring it back for good). The copy path has no
      // injected clock: restores are judged against the system clock here.
      if (!ObjectRestore.isReadable(object, Instant.now())) {
        throw S3Errors.INVALID_SOURCE_OBJECT_STATE
            .exception()
            .with("StorageClass", object.storageClass().name());
      }
      EncryptionHeaders.checkReadKey(sourceKey, object);
      ByteRange bytes = range.resolve(object);
      Optional<ObjectBody.Lease> lease = object.body().lease();
      if (lease.isPresent()) {
        return new ObjectRead(object, bytes, false, lease.get());
      }
      // Released between the lookup and the lease: a writer replaced it; read the new one.
      if (bucket.version(source.key(), object.wireVersionId()).orElse(null) == object) {
        throw new IllegalStateException("The body of " + source.key() + " was released in place");
      }
    }
  }

  /**
   * The version a copy reads: the current object, or the version its source names.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchKey}, {@code NoSuchVersion}, or
   *     {@code InvalidRequest} when the version named is a delete marker
   */
  static StoredObject version(Bucket bucket, CopySource source) {
    if (source.versionId() == null) {
      StoredObject current = bucket.objects().get(source.key());
      if (current == null) {
        throw Versions.noSuchKey(bucket, source.key());
      }
      return current;
    }
    StoredObject version = Versions.named(bucket, source.key(), source.versionId());
    if (version.isDeleteMarker()) {
      throw S3Errors.COPY_SOURCE_DELETE_MARKER.exception();
    }
    return version;
  }

  /** The {@code x-amz-copy-source-if-*} preconditions of a request. */
  static ReadConditions conditions(S3Request request) {
    return ReadConditions.of(
        request.header(PREFIX + "if-match"),
        request.header(PREFIX + "if-unmodified-since"),
        request.header(PREFIX + "if-none-match"),
        request.header(PREFIX + "if-modified-since"));
  }

  /**
   * The copy-source header whose condition fails, as AWS names it in the 412's {@code Condition},
   * or {@code null} when every one holds.
   */
  static String failedCondition(ReadConditions conditions, StoredObject object) {
    return switch (conditions.evaluate(object)) {
      case PROCEED -> null;
      case IF_MATCH_FAILED -> PREFIX + "If-Match";
      case IF_UNMODIFIED_SINCE_FAILED -> PREFIX + "If-Unmodified-Since";
      case NOT_MODIFIED ->
          conditions.ifNoneMatch() != null
              ? PREFIX + "If-None-Match"
              : PREFIX + "If-Modified-Since";
    };
  }

  /**
   * The source's SSE-C key headers under the names {@link EncryptionHeaders} reads, so a copy
   * source is checked exactly as a GetObject of it would be.
   */
  private static UploadFields sourceKeyFields(S3Request request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name :
        new String[] {
          EncryptionHeaders.CUSTOMER_ALGORITHM,
          EncryptionHeaders.CUSTOMER_KEY,
          EncryptionHeaders.CUSTOMER_KEY_MD5
        }) {
      String value = request.header("x-amz-copy-source-" + name.substring("x-amz-".length()));
      if (value != null) {
        fields.put(name, value);
      }
    }
    return UploadFields.of(fields);
  }
}
