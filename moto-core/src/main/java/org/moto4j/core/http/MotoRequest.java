package org.moto4j.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the dispatcher sees it, independent of any server: method, the raw path below
 * the mount point, the query, headers and a body stream that may be read once.
 *
 * <pre>{@code
 * MotoRequest request = MotoRequest.builder("GET", "/my-bucket").header("Host", "localhost").build();
 * }</pre>
 */
public final class MotoRequest {

  /** The largest form body a query-protocol request may have. */
  public static final int MAX_FORM_BODY_BYTES = 8 * 1024 * 1024;

  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private Map<String, List<String>> query;
  private final Headers headers;
  private InputStream body;
  private byte[] bufferedBody;
  private Map<String, List<String>> form;
  private Map<Class<?>, Object> attachments;
  private final String remoteAddress;
  private final boolean secure;

  private MotoRequest(Builder builder) {
    this.method = builder.method.toUpperCase(Locale.ROOT);
    this.rawPath = builder.rawPath.isEmpty() ? "/" : builder.rawPath;
    this.rawQuery = builder.rawQuery;
    this.headers = builder.headers;
    this.body = builder.body == null ? InputStream.nullInputStream() : builder.body;
    this.remoteAddress = builder.remoteAddress;
    this.secure = builder.secure;
  }

  /**
   * A new request.
   *
   * @param rawPath the path as sent, still percent-encoded, below wherever moto4j is mounted
   */
  public static Builder builder(String method, String rawPath) {
    return new Builder(method, rawPath);
  }

  public String method() {
    return method;
  }

  /** The path as sent, still percent-encoded, starting with {@code /}. */
  public String rawPath() {
    return rawPath;
  }

  /** The query string as sent, or {@code null}. */
  public String rawQuery() {
    return rawQuery;
  }

  /**
   * Decoded query parameters, in order; a bare {@code ?uploads} maps to an empty string.
   *
   * @throws MalformedRequestException when the query string has a malformed escape
   */
  public Map<String, List<String>> query() {
    if (query == null) {
      query = Collections.unmodifiableMap(QueryString.parse(rawQuery));
    }
    return query;
  }

  /** The first value of a query parameter, or {@code null}. */
  public String queryParameter(String name) {
    List<String> values = query().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public Headers headers() {
    return headers;
  }

  /** The first value of a header, or {@code null}. */
  public String header(String name) {
    return headers.first(name);
  }

  /** The host the client addressed, without port, lower case; empty when absent. */
  public String host() {
    String host = headers.first("Host");
    if (host == null) {
      return "";
    }
    host = host.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /**
   * The IP address of the client, as {@code aws:SourceIp} sees it, or {@code null} when the adapter
   * that built the request does not know it.
   */
  public String remoteAddress() {
    return remoteAddress;
  }

  /** Whether the request came over TLS ({@code aws:SecureTransport}). */
  public boolean isSecure() {
    return secure;
  }

  /** The body, to be read once. Reading {@link #form()} consumes it. */
  public synchronized InputStream body() {
    return body;
  }

  /**
   * The whole body, read into memory once and still readable afterwards through {@link #body()} and
   * {@link #form()}: what signature verification hashes for query-protocol requests.
   *
   * @throws MalformedRequestException when the body is larger than {@code maxBytes}
   */
  public synchronized byte[] bufferedBody(int maxBytes) {
    if (bufferedBody == null) {
      try {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw new MalformedRequestException(
              "The request body is larger than " + maxBytes + " bytes");
        }
        bufferedBody = bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      body = new ByteArrayInputStream(bufferedBody);
    }
    return bufferedBody;
  }

  /** Attaches a value to this request, one per type: what one stage learnt for a later one. */
  public synchronized <T> void attach(Class<T> type, T value) {
    if (attachments == null) {
      attachments = new HashMap<>(4);
    }
    attachments.put(type, value);
  }

  /** The value attached for {@code type}, if any. */
  public synchronized <T> Optional<T> attachment(Class<T> type) {
    return attachments == null
        ? Optional.empty()
        : Optional.ofNullable(type.cast(attachments.get(type)));
  }

  /** Whether the body is {@code application/x-www-form-urlencoded}. */
  public boolean isForm() {
    String contentType = headers.first("Content-Type");
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The form parameters of a {@code application/x-www-form-urlencoded} body, read on first use;
   * empty for any other body.
   *
   * @throws MalformedRequestException when the body is too large or malformed
   */
  public synchronized Map<String, List<String>> form() {
    if (form == null) {
      form = isForm() ? Collections.unmodifiableMap(QueryString.parse(readForm())) : Map.of();
    }
    return form;
  }

  private String readForm() {
    // Buffered rather than consumed, so that a signature check can still hash the form.
    return new String(bufferedBody(MAX_FORM_BODY_BYTES), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
  }

  /** Builds a {@link MotoRequest}. */
  public static final class Builder {
    private final String method;
    private final String rawPath;
    private String rawQuery;
    private final Headers headers = new Headers();
    private InputStream body;
    private String remoteAddress;
    private boolean secure;

    private Builder(String method, String rawPath) {
      this.method = Objects.requireNonNull(method, "method");
      this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
    }

    /** The query string as sent, without {@code ?}; {@code null} for none. */
    public Builder rawQuery(String rawQuery) {
      this.rawQuery = rawQuery == null || rawQuery.isEmpty() ? null : rawQuery;
      return this;
    }

    public Builder header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    public Builder body(InputStream body) {
      this.body = body;
      return this;
    }

    public Builder body(String body) {
      this.body = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** The client's IP address, without port; {@code null} when unknown. */
    public Builder remoteAddress(String remoteAddress) {
      this.remoteAddress = remoteAddress;
      return this;
    }

    /** Whether the request came over TLS. */
    public Builder secure(boolean secure) {
      this.secure = secure;
      return this;
    }

    public MotoRequest build() {
      return new MotoRequest(this);
    }
  }
}
