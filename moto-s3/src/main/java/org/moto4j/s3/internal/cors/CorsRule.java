package org.moto4j.s3.internal.cors;

import java.util.List;
import java.util.Locale;
import org.moto4j.core.protocol.XmlWriter;

/**
 * One CORS rule of a bucket, as stored and answered.
 *
 * @param id the rule's {@code ID}, or {@code null}
 * @param allowedMethods GET, PUT, POST, DELETE or HEAD, as given
 * @param allowedOrigins origins, each with at most one {@code *}
 * @param allowedHeaders request headers a preflight may name, each with at most one {@code *}
 * @param exposeHeaders response headers the browser may read
 * @param maxAgeSeconds how long a browser may cache the preflight, or {@code null}
 */
public record CorsRule(
    String id,
    List<String> allowedMethods,
    List<String> allowedOrigins,
    List<String> allowedHeaders,
    List<String> exposeHeaders,
    Integer maxAgeSeconds) {

  public CorsRule {
    allowedMethods = List.copyOf(allowedMethods);
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedHeaders = List.copyOf(allowedHeaders);
    exposeHeaders = List.copyOf(exposeHeaders);
  }

  /** The allowed origin that matches {@code origin}, or {@code null}. */
  String originMatching(String origin) {
    for (String allowed : allowedOrigins) {
      if (matches(allowed, origin)) {
        return allowed;
      }
    }
    return null;
  }

  /** Whether the rule allows the method. */
  boolean allowsMethod(String method) {
    return allowedMethods.contains(method);
  }

  /** Whether every header name (lower case) matches an allowed header, case-insensitively. */
  boolean allowsHeaders(List<String> headers) {
    for (String header : headers) {
      boolean allowed = false;
      for (String pattern : allowedHeaders) {
        if (matches(pattern.toLowerCase(Locale.ROOT), header)) {
          allowed = true;
          break;
        }
      }
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** Writes the rule's {@code CORSRule} element, in the model's member order. */
  void writeTo(XmlWriter xml) {
    xml.start("CORSRule").optional("ID", id);
    allowedHeaders.forEach(header -> xml.element("AllowedHeader", header));
    allowedMethods.forEach(method -> xml.element("AllowedMethod", method));
    allowedOrigins.forEach(origin -> xml.element("AllowedOrigin", origin));
    exposeHeaders.forEach(header -> xml.element("ExposeHeader", header));
    xml.optional("MaxAgeSeconds", maxAgeSeconds).end();
  }

  /** A pattern with at most one {@code *}, which stands for any run of characters. */
  static boolean matches(String pattern, String value) {
    int star = pattern.indexOf('*');
    if (star < 0) {
      return pattern.equals(value);
    }
    String prefix = pattern.substring(0, star);
    String suffix = pattern.substring(star + 1);
    return value.length() >= prefix.length() + suffix.length()
        && value.startsWith(prefix)
        && value.endsWith(suffix);
  }
}
