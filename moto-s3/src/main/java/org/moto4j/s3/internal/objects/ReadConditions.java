package org.moto4j.s3.internal.objects;

import java.time.Instant;
import org.moto4j.s3.StoredObject;
import org.moto4j.s3.internal.HttpDates;
import org.moto4j.s3.internal.S3Request;

/**
 * A read's preconditions (GetObject, HeadObject; CopyObject's {@code x-amz-copy-source-if-*}),
 * evaluated in the order AWS documents (RFC 9110 section 13.2.2): {@code If-Match}, else {@code
 * If-Unmodified-Since} (412); then {@code If-None-Match}, else {@code If-Modified-Since} (304). A
 * date that cannot be parsed is ignored, as S3 ignores it.
 *
 * @param ifMatch the {@code If-Match} value, or {@code null}
 * @param ifUnmodifiedSince the {@code If-Unmodified-Since} date, or {@code null}
 * @param ifNoneMatch the {@code If-None-Match} value, or {@code null}
 * @param ifModifiedSince the {@code If-Modified-Since} date, or {@code null}
 */
public record ReadConditions(
    String ifMatch, Instant ifUnmodifiedSince, String ifNoneMatch, Instant ifModifiedSince) {

  /** No precondition. */
  public static final ReadConditions NONE = new ReadConditions(null, null, null, null);

  /** What a precondition check decided. */
  public enum Verdict {
    /** Every condition holds: serve the object. */
    PROCEED(null),
    /** {@code If-None-Match} or {@code If-Modified-Since} says the client has it: 304. */
    NOT_MODIFIED(null),
    /** 412, {@code <Condition>If-Match</Condition>}. */
    IF_MATCH_FAILED("If-Match"),
    /** 412, {@code <Condition>If-Unmodified-Since</Condition>}. */
    IF_UNMODIFIED_SINCE_FAILED("If-Unmodified-Since");

    private final String condition;

    Verdict(String condition) {
      this.condition = condition;
    }

    /** The header that failed, for the error's {@code Condition}; {@code null} otherwise. */
    public String condition() {
      return condition;
    }
  }

  /** The preconditions of a request's {@code If-*} headers. */
  public static ReadConditions of(S3Request request) {
    return of(
        request.header("If-Match"),
        request.header("If-Unmodified-Since"),
        request.header("If-None-Match"),
        request.header("If-Modified-Since"));
  }

  /** The preconditions of raw header values ({@code null} when absent). */
  public static ReadConditions of(
      String ifMatch, String ifUnmodifiedSince, String ifNoneMatch, String ifModifiedSince) {
    return new ReadConditions(
        ifMatch,
        HttpDates.parse(ifUnmodifiedSince).orElse(null),
        ifNoneMatch,
        HttpDates.parse(ifModifiedSince).orElse(null));
  }

  /** Evaluates the preconditions against an object. */
  public Verdict evaluate(StoredObject object) {
    if (ifMatch != null) {
      if (!EntityTags.matches(ifMatch, object.etag())) {
        return Verdict.IF_MATCH_FAILED;
      }
    } else if (ifUnmodifiedSince != null && object.lastModified().isAfter(ifUnmodifiedSince)) {
      return Verdict.IF_UNMODIFIED_SINCE_FAILED;
    }
    if (ifNoneMatch != null) {
      if (EntityTags.matches(ifNoneMatch, object.etag())) {
        return Verdict.NOT_MODIFIED;
      }
    } else if (ifModifiedSince != null && !object.lastModified().isAfter(ifModifiedSince)) {
      return Verdict.NOT_MODIFIED;
    }
    return Verdict.PROCEED;
  }
}
