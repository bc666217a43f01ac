package org.moto4j.s3.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.moto4j.core.auth.ChunkSignatureChain;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.s3.S3Address;
import org.moto4j.s3.S3Errors;

/**
 * An S3 request as operations see it: the HTTP request, the bucket and key it addresses, the
 * operation it was routed to, and its payload with any {@code aws-chunked} framing removed.
 */
public final class S3Request {

  private final MotoRequest http;
  private final S3Address address;
  private final String operation;
  private final Instant receivedAt;
  private AwsChunkedInputStream chunked;

  public S3Request(MotoRequest http, S3Address address, String operation) {
    this(http, address, operation, Instant.now());
  }

  /**
   * @param receivedAt when the request arrived, by the server's clock: what time-dependent rules
   *     (Object Lock retention) judge it by
   */
  public S3Request(MotoRequest http, S3Address address, String operation, Instant receivedAt) {
    this.http = http;
    this.address = address;
    this.operation = operation;
    this.receivedAt = receivedAt;
  }

  /** When the request arrived, by the server's clock. */
  public Instant receivedAt() {
    return receivedAt;
  }

  public MotoRequest http() {
    return http;
  }

  /** The bucket name, or {@code null} for a request to the service root. */
  public String bucket() {
    return address.bucket();
  }

  /** The decoded object key, or {@code null}. */
  public String key() {
    return address.key();
  }

  /** The name of the operation the request was routed to. */
  public String operation() {
    return operation;
  }

  /** The first value of a header, or {@code null}. */
  public String header(String name) {
    return http.header(name);
  }

  /** The first value of a query parameter, or {@code null}. */
  public String queryParameter(String name) {
    return http.queryParameter(name);
  }

  /** Whether the query names {@code name}, with or without a value. */
  public boolean hasQueryParameter(String name) {
    return http.query().containsKey(name);
  }

  /**
   * The payload, to be read once: the body itself, or the data of its chunks when the client sent
   * it {@code aws-chunked} (as the AWS SDKs do for uploads with checksums or streaming signatures).
   */
  public InputStream body() {
    if (!isAwsChunked()) {
      return http.body();
    }
    if (chunked == null) {
      chunked =
          new AwsChunkedInputStream(
              http.body(),
              decodedContentLength(),
              // Present only when core verified a signed streaming upload's seed signature.
              http.attachment(ChunkSignatureChain.class).orElse(null));
    }
    return chunked;
  }

  /**
   * The trailing headers of an {@code aws-chunked} body (such as {@code x-amz-checksum-crc32}),
   * names in lower case: complete once {@link #body()} was read to its end; empty for other bodies.
   */
  public Map<String, String> trailers() {
    return chunked == null ? Map.of() : chunked.trailers();
  }

  /** Whether the body is framed in {@code aws-chunked} chunks. */
  public boolean isAwsChunked() {
    String sha = http.header("x-amz-content-sha256");
    if (sha != null && sha.startsWith("STREAMING-")) {
      return true;
    }
    String encoding = http.header("Content-Encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("aws-chunked");
  }

  /**
   * The {@code Content-Encoding} that describes the payload itself: the header without the {@code
   * aws-chunked} transport framing, or {@code null} when nothing is left.
   */
  public String payloadContentEncoding() {
    String encoding = http.header("Content-Encoding");
    if (encoding == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (String token : encoding.split(",")) {
      String trimmed = token.trim();
      if (!trimmed.isEmpty() && !trimmed.equalsIgnoreCase("aws-chunked")) {
        kept.append(kept.length() == 0 ? "" : ",").append(trimmed);
      }
    }
    return kept.length() == 0 ? null : kept.toString();
  }

  private long decodedContentLength() {
    String value = http.header("x-amz-decoded-content-length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw S3Errors.INVALID_ARGUMENT
          .exception("x-amz-decoded-content-length must be a number")
          .with("ArgumentName", "x-amz-decoded-content-length")
          .with("ArgumentValue", value);
    }
  }
}
