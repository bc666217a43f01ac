package org.moto4j.benchmarks.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP answer as {@link HttpConnection} read it: status, headers (names lower-cased, the last
 * value of a repeated name) and the whole body.
 */
public record RawResponse(int status, Map<String, String> headers, byte[] body) {

  /** A header's value, or null; {@code name} in lower case. */
  public String header(String name) {
    return headers.get(name);
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
