package org.moto4j.core.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.http.MotoRequest;

/**
 * SigV4's canonical request, built from the request as received: method, canonical URI, canonical
 * query, canonical headers, signed headers and payload hash, one per line.
 *
 * <p>The URI is where services differ: S3 signs the path as sent, each segment encoded once and
 * never normalised ({@code a/../b} is a key); every other service normalises the path and encodes
 * the already-encoded segments a second time, as the SDKs' signers do.
 */
final class CanonicalRequest {

  /** How the path becomes the canonical URI. */
  enum UriStyle {
    /** S3: segments decoded and encoded once, no normalisation. */
    S3(false, false),
    /** Every other service: dot segments removed, then encoded twice. */
    DOUBLE_ENCODED(true, true),
    /** The published SigV4 test suite: normalised, encoded once. */
    NORMALISED(true, false);

    private final boolean normalise;
    private final boolean doubleEncode;

    UriStyle(boolean normalise, boolean doubleEncode) {
      this.normalise = normalise;
      this.doubleEncode = doubleEncode;
    }
  }

  private CanonicalRequest() {}

  /**
   * The canonical request.
   *
   * @param signedHeaders lower-case header names, in the order the client listed them
   * @param payloadHash the last line: a hex SHA-256 or one of the literal payload markers
   * @param omitSignature whether to leave {@code X-Amz-Signature} out of the query (presigned)
   */
  static String of(
      MotoRequest request,
      UriStyle style,
      List<String> signedHeaders,
      String payloadHash,
      boolean omitSignature) {
    StringBuilder out = new StringBuilder(256);
    out.append(request.method()).append('\n');
    out.append(canonicalUri(request.rawPath(), style)).append('\n');
    out.append(canonicalQuery(request.rawQuery(), omitSignature)).append('\n');
    for (String name : signedHeaders) {
      out.append(name).append(':');
      boolean first = true;
      for (String value : request.headers().all(name)) {
        if (!first) {
          out.append(',');
        }
        appendTrimmed(out, value);
        first = false;
      }
      out.append('\n');
    }
    out.append('\n');
    out.append(String.join(";", signedHeaders)).append('\n');
    out.append(payloadHash);
    return out.toString();
  }

  /** The canonical URI of a raw (percent-encoded) path. */
  static String canonicalUri(String rawPath, UriStyle style) {
    if (rawPath.isEmpty() || rawPath.equals("/")) {
      return "/";
    }
    List<String> segments = new ArrayList<>();
    int start = rawPath.charAt(0) == '/' ? 1 : 0;
    while (true) {
      int slash = rawPath.indexOf('/', start);
      String segment = slash < 0 ? rawPath.substring(start) : rawPath.substring(start, slash);
      if (style.normalise && segment.equals(".")) {
        // dropped
      } else if (style.normalise && segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (style.normalise && segment.isEmpty() && slash >= 0) {
        // Consecutive slashes collapse, as the SDKs' normalisation does.
      } else {
        String encoded = uriEncode(decode(segment), false);
        segments.add(style.doubleEncode ? uriEncode(encoded, false) : encoded);
      }
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    StringBuilder out = new StringBuilder(rawPath.length() + 16);
    for (String segment : segments) {
      out.append('/').append(segment);
    }
    if (out.length() == 0) {
      out.append('/');
    }
    return out.toString();
  }

  /** Parameters decoded, encoded the SigV4 way, sorted by name then value, joined by {@code &}. */
  static String canonicalQuery(String rawQuery, boolean omitSignature) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> parameters = new ArrayList<>();
    int start = 0;
    while (start <= rawQuery.length()) {
      int amp = rawQuery.indexOf('&', start);
      int end = amp < 0 ? rawQuery.length() : amp;
      if (end > start) {
        int eq = rawQuery.indexOf('=', start);
        String name =
            eq < 0 || eq > end ? rawQuery.substring(start, end) : rawQuery.substring(start, eq);
        String value = eq < 0 || eq > end ? "" : rawQuery.substring(eq + 1, end);
        String decodedName = decode(name);
        if (!(omitSignature && decodedName.equals("X-Amz-Signature"))) {
          parameters.add(
              new String[] {uriEncode(decodedName, false), uriEncode(decode(value), false)});
        }
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
    parameters.sort(
        (a, b) -> {
          int byName = a[0].compareTo(b[0]);
          return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
    StringBuilder out = new StringBuilder(rawQuery.length() + 16);
    for (String[] parameter : parameters) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(parameter[0]).append('=').append(parameter[1]);
    }
    return out.toString();
  }

  /** SigV4's UriEncode: every byte but {@code A-Z a-z 0-9 - . _ ~} (and {@code /} if kept). */
  static String uriEncode(String text, boolean keepSlash) {
    StringBuilder out = null;
    byte[] bytes = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnreserved(c) && !(keepSlash && c == '/')) {
        bytes = text.getBytes(StandardCharsets.UTF_8);
        out = new StringBuilder(bytes.length * 3);
        break;
      }
    }
    if (out == null) {
      return text;
    }
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (b >= 0 && (isUnreserved(c) || (keepSlash && c == '/'))) {
        out.append(c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Percent-decodes {@code text} as UTF-8; a {@code +} stays a plus; a bad escape stays as is. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
      if (high >= 0 && low >= 0) {
        bytes.write(high << 4 | low);
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /** Appends a header value trimmed, runs of spaces collapsed to one. */
  private static void appendTrimmed(StringBuilder out, String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    boolean inSpace = false;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (isSpace(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
