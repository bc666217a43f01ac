package org.moto4j.s3.internal.objects;

import org.moto4j.s3.S3Errors;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.S3Request;

/**
 * A conditional write's preconditions (PutObject, CompleteMultipartUpload, CopyObject): {@code
 * If-None-Match: *} (only if the key is free) or {@code If-Match: <etag>} (only over that object).
 * Checked against the object in place at the moment the new one replaces it.
 *
 * @param ifMatch the {@code If-Match} value, or {@code null}
 * @param ifNoneMatch whether {@code If-None-Match: *} was given
 */
public record WriteConditions(String ifMatch, boolean ifNoneMatch) {

  /** No precondition: the write replaces whatever is there. */
  public static final WriteConditions NONE = new WriteConditions(null, false);

  /**
   * The preconditions of a request's headers.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NotImplemented} for an {@code
   *     If-None-Match} other than {@code *}, or both headers at once, as S3 answers
   */
  public static WriteConditions of(S3Request request) {
    return of(request.header("If-Match"), request.header("If-None-Match"));
  }

  /** The preconditions of header values ({@code null} when absent). */
  public static WriteConditions of(String ifMatch, String ifNoneMatch) {
    if (ifNoneMatch != null && !ifNoneMatch.trim().equals("*")) {
      throw S3Errors.HEADER_NOT_IMPLEMENTED.exception().with("Header", "If-None-Match");
    }
    if (ifMatch != null && ifNoneMatch != null) {
      throw S3Errors.HEADER_NOT_IMPLEMENTED.exception().with("Header", "If-Match");
    }
    return new WriteConditions(ifMatch, ifNoneMatch != null);
  }

  /**
   * Checks the preconditions against the object the write would replace.
   *
   * @param current the object now under the key, or {@code null}
   * @throws org.moto4j.core.protocol.AwsException {@code PreconditionFailed} (412) when one does
   *     not hold, {@code NoSuchKey} for {@code If-Match} on a free key
   */
  public void check(String key, StoredObject current) {
    if (ifNoneMatch && current != null) {
      throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "If-None-Match");
    }
    if (ifMatch != null) {
      if (current == null) {
        throw S3Errors.NO_SUCH_KEY.exception().with("Key", key);
      }
      if (!EntityTags.matches(ifMatch, current.etag())) {
        throw S3Errors.PRECONDITION_FAILED.exception().with("Condition", "If-Match");
      }
    }
  }
}
