package org.moto4j.inprocess;

import java.io.InputStream;
import java.net.URI;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.http.MotoResponse;
import org.moto4j.core.http.ResponseBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Turns an SDK request into the {@link MotoRequest} an HTTP server would have built from the same
 * bytes on the wire, and a {@link MotoResponse} into the SDK's response headers: the path and query
 * exactly as encoded, a {@code Host} header, and the {@code Content-Length} a server sends.
 */
final class Exchange {

  private Exchange() {}

  static MotoRequest request(SdkHttpRequest http, InputStream body) {
    URI uri = http.getUri();
    MotoRequest.Builder builder =
        MotoRequest.builder(http.method().name(), uri.getRawPath() == null ? "/" : uri.getRawPath())
            .rawQuery(uri.getRawQuery())
            // No socket: the caller is this process, and TLS is what the endpoint says.
            .remoteAddress("127.0.0.1")
            .secure("https".equals(http.protocol()));
    boolean[] hasHost = {false};
    http.forEachHeader(
        (name, values) -> {
          hasHost[0] |= name.equalsIgnoreCase("Host");
          values.forEach(value -> builder.header(name, value));
        });
    if (!hasHost[0]) {
      // What an HTTP client adds on the wire: the host, with the port unless it is the default.
      boolean defaultPort =
          http.port() == -1
              || (http.protocol().equals("http") && http.port() == 80)
              || (http.protocol().equals("https") && http.port() == 443);
      builder.header("Host", defaultPort ? http.host() : http.host() + ":" + http.port());
    }
    if (body != null) {
      builder.body(body);
    }
    return builder.build();
  }

  /** The status and headers, with {@code Content-Length} as a server would send it. */
  static SdkHttpResponse headers(MotoResponse response) {
    SdkHttpResponse.Builder builder = SdkHttpResponse.builder().statusCode(response.status());
    for (String name : response.headers().names()) {
      builder.putHeader(name, response.headers().all(name));
    }
    ResponseBody body = response.body();
    if (body == null) {
      if (!response.headers().contains("Content-Length")) {
        builder.putHeader("Content-Length", "0");
      }
    } else if (body.length() >= 0) {
      builder.putHeader("Content-Length", String.valueOf(body.length()));
    }
    return builder.build();
  }

  /** Whether the response has bytes to send: never for HEAD, as on the wire. */
  static boolean hasBody(SdkHttpRequest request, MotoResponse response) {
    return response.body() != null && !request.method().name().equals("HEAD");
  }
}
