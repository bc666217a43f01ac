package org.moto4j.core.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error as AWS answers it: a code, an HTTP status and a message, plus the extra elements some
 * errors carry (S3's {@code BucketName}, {@code ArgumentName}…). Operations throw it; the protocol
 * of the service encodes it, and nothing else catches it.
 *
 * <pre>{@code
 * throw new AwsException("NoSuchBucket", 404, "The specified bucket does not exist")
 *     .with("BucketName", bucket);
 * }</pre>
 */
public class AwsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;
  private final Map<String, String> details = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public AwsException(String code, int status, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.status = status;
  }

  /** Adds an element written after {@code Message} in the error body. */
  public AwsException with(String element, String value) {
    if (value != null) {
      details.put(element, value);
    }
    return this;
  }

  /** Adds a response header sent with the error. */
  public AwsException withHeader(String name, String value) {
    if (value != null) {
      headers.put(name, value);
    }
    return this;
  }

  /** AWS's error code, such as {@code NoSuchBucket}. */
  public String code() {
    return code;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** Extra elements of the error body, in order. */
  public Map<String, String> details() {
    return Collections.unmodifiableMap(details);
  }

  /** Extra headers of the error response. */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /** Whether the caller is at fault (query protocol's {@code Sender}) rather than the service. */
  public boolean isSenderFault() {
    return status < 500;
  }

  @Override
  public String toString() {
    return code + " (" + status + "): " + getMessage();
  }
}
