package org.moto4j.s3.internal.objects;

import java.util.Optional;
import org.moto4j.s3.Bucket;
import org.moto4j.s3.ObjectBody;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.versioning.Versions;

/**
 * Reads objects for every operation that does (GetObject, HeadObject, CopyObject's source,
 * UploadPartCopy): finds the object, evaluates the preconditions and then the range, in AWS's
 * order, and leases the body of that very object, so a reader sees one whole version even while
 * writers replace it.
 *
 * <pre>{@code
 * try (ObjectRead read =
 *     ObjectReader.read(bucket, key, ReadConditions.NONE, RangeRequest.whole(), true)) {
 *   InputStream in = read.open();
 * }
 * }</pre>
 */
public final class ObjectReader {

  private ObjectReader() {}

  /**
   * Reads an object.
   *
   * @param withBody whether to lease the body (GET) or only describe the object (HEAD)
   * @return the read; for a 304 {@link ObjectRead#notModified()} is set and no body is held
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchKey}, {@code PreconditionFailed}
   *     (412, with the failing {@code Condition}), {@code InvalidRange} or {@code
   *     InvalidPartNumber}
   */
  public static ObjectRead read(
      Bucket bucket, String key, ReadConditions conditions, RangeRequest range, boolean withBody) {
    return read(bucket, key, null, conditions, range, withBody);
  }

  /**
   * Reads a version of an object.
   *
   * @param versionId the version named ({@code "null"} for the null version), or {@code null} for
   *     the current object; checked for form by the caller ({@link Versions#parameter})
   * @param withBody whether to lease the body (GET) or only describe the object (HEAD)
   * @throws org.moto4j.core.protocol.AwsException as {@link #read(Bucket, String, ReadConditions,
   *     RangeRequest, boolean)}, and {@code NoSuchVersion}, or {@code MethodNotAllowed} (405) when
   *     the version is a delete marker
   */
  public static ObjectRead read(
      Bucket bucket,
      String key,
      String versionId,
      ReadConditions conditions,
      RangeRequest range,
      boolean withBody) {
    String method = withBody ? "GET" : "HEAD";
    while (true) {
      StoredObject object = Versions.readable(bucket, key, versionId, method);
      ReadConditions.Verdict verdict = conditions.evaluate(object);
      if (verdict.condition() != null) {
        throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", verdict.condition());
      }
      if (verdict == ReadConditions.Verdict.NOT_MODIFIED) {
        return new ObjectRead(object, null, true, null);
      }
      ByteRange bytes = range.resolve(object);
      if (!withBody) {
        return new ObjectRead(object, bytes, false, null);
      }
      Optional<ObjectBody.Lease> lease = object.body().lease();
      if (lease.isPresent()) {
        return new ObjectRead(object, bytes, false, lease.get());
      }
      // Released between the lookup and the lease: a writer replaced it; read the new one.
      if (versionId == null
          ? bucket.objects().get(key) == object
          : bucket.version(key, versionId).orElse(null) == object) {
        throw new IllegalStateException("The body of " + key + " was released in place");
      }
    }
  }
}
