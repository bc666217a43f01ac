package org.moto4j.s3.internal.post;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A header value with parameters, such as {@code multipart/form-data; boundary="a b"} or {@code
 * form-data; name="file"; filename="cat.jpg"}: the leading token in lower case and the parameters
 * by lower-case name, quotes removed.
 *
 * @param token the value before the first {@code ;}, trimmed and in lower case
 * @param parameters the parameters by lower-case name; the first of a repeated name wins
 */
record HeaderValue(String token, Map<String, String> parameters) {

  HeaderValue {
    parameters = Map.copyOf(parameters);
  }

  /** A parameter's value, or {@code null}. */
  String parameter(String name) {
    return parameters.get(name);
  }

  /**
   * Parses a header value. Inside quotes only {@code \"} and {@code \\} are unescaped: browsers on
   * Windows send file paths with bare backslashes, which must survive.
   */
  static HeaderValue parse(String value) {
    int semicolon = indexOfUnquoted(value, ';', 0);
    String token =
        (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    Map<String, String> parameters = new LinkedHashMap<>();
    int position = semicolon;
    while (position >= 0 && position < value.length()) {
      int next = indexOfUnquoted(value, ';', position + 1);
      String parameter = value.substring(position + 1, next < 0 ? value.length() : next);
      int equals = parameter.indexOf('=');
      if (equals > 0) {
        String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        parameters.putIfAbsent(name, unquote(parameter.substring(equals + 1).trim()));
      }
      position = next;
    }
    return new HeaderValue(token, parameters);
  }

  private static int indexOfUnquoted(String text, char wanted, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == wanted && !quoted) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String text) {
    if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 2 < text.length() && isEscapable(text.charAt(i + 1))) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isEscapable(char c) {
    return c == '"' || c == '\\';
  }
}
