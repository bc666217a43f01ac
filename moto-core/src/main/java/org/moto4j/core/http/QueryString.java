package org.moto4j.core.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code application/x-www-form-urlencoded} text, as query strings and query-protocol
 * bodies.
 */
public final class QueryString {

  private QueryString() {}

  /**
   * Parses {@code a=1&b&c=%20}: every name maps to its values in order; a name without {@code =}
   * maps to an empty string. {@code +} means a space.
   *
   * @throws MalformedRequestException on a malformed percent escape
   */
  public static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return parameters;
    }
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('&', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        int equals = text.indexOf('=', start);
        String name;
        String value;
        if (equals < 0 || equals > end) {
          name = decode(text.substring(start, end), true);
          value = "";
        } else {
          name = decode(text.substring(start, equals), true);
          value = decode(text.substring(equals + 1, end), true);
        }
        parameters.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
      }
      start = end + 1;
    }
    return parameters;
  }

  /**
   * Decodes percent escapes as UTF-8; {@code plusIsSpace} for form encoding, not for paths.
   *
   * @throws MalformedRequestException on a malformed escape
   */
  public static String decode(String text, boolean plusIsSpace) {
    if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new MalformedRequestException("Malformed percent escape in '" + text + "'");
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new MalformedRequestException("Malformed percent escape in '" + text + "'");
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
