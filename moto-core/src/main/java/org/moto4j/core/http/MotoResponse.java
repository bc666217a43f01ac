package org.moto4j.core.http;

/**
 * What an operation answers: a status, headers and an optional streaming body.
 *
 * <pre>{@code
 * return MotoResponse.status(200).header("ETag", etag).body(ResponseBody.of(xml));
 * }</pre>
 */
public final class MotoResponse {

  private final int status;
  private final Headers headers = new Headers();
  private ResponseBody body;

  private MotoResponse(int status) {
    this.status = status;
  }

  /** A response with the given status, no headers and no body. */
  public static MotoResponse status(int status) {
    return new MotoResponse(status);
  }

  /** Adds a header. */
  public MotoResponse header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  /** Sets the body. */
  public MotoResponse body(ResponseBody body) {
    this.body = body;
    return this;
  }

  /** Sets an XML body and its content type. */
  public MotoResponse xml(String xml) {
    headers.set("Content-Type", "application/xml");
    return body(ResponseBody.of(xml));
  }

  public int status() {
    return status;
  }

  public Headers headers() {
    return headers;
  }

  /** The body, or {@code null} for none. */
  public ResponseBody body() {
    return body;
  }
}
