package org.moto4j.benchmarks.identity;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.moto4j.benchmarks.load.HttpConnection;
import org.moto4j.benchmarks.load.RawResponse;

/**
 * The IAM and STS calls the benchmark makes: signed query-protocol POSTs on a raw connection, each
 * checking that the answer is a 200 carrying the expected result element.
 */
final class QueryWire {

  private final String host;

  QueryWire(String host) {
    this.host = host;
  }

  /** Sends {@code Action} with its parameters (name, value, …) and returns the answer's text. */
  String call(
      HttpConnection connection,
      String service,
      String version,
      Credentials credentials,
      String action,
      String... parameters)
      throws IOException {
    StringBuilder form =
        new StringBuilder("Action=").append(action).append("&Version=").append(version);
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      form.append('&')
          .append(parameters[i])
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    byte[] body = form.toString().getBytes(StandardCharsets.UTF_8);
    RawResponse response =
        connection.send(
            "POST",
            "/",
            body,
            SigV4Signer.headers(credentials, service, host, body, Instant.now()));
    String text = response.text();
    if (response.status() != 200 || !text.contains("<" + action + "Result")) {
      throw new IllegalStateException(
          action + " answered " + response.status() + ": " + abbreviate(text));
    }
    return text;
  }

  /** The text of the first {@code <element>} in {@code xml}. */
  static String element(String xml, String element) {
    int start = xml.indexOf("<" + element + ">");
    int end = xml.indexOf("</" + element + ">", start);
    if (start < 0 || end < 0) {
      throw new IllegalStateException("no <" + element + "> in " + abbreviate(xml));
    }
    return xml.substring(start + element.length() + 2, end);
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
