package org.moto4j.s3.internal.post;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a browser form that precede its file, in the order sent. Names are matched without
 * regard to case ("post parameters are case insensitive") but kept as sent, for messages; a field
 * sent twice holds both values separated by a comma, as S3 reads them.
 */
final class FormFields {

  private final Map<String, String> spelling = new LinkedHashMap<>();
  private final Map<String, String> values = new LinkedHashMap<>();

  /** Adds a field; a second value for the same name is appended after a comma. */
  void add(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    spelling.putIfAbsent(lower, name);
    values.merge(lower, value, (first, second) -> first + "," + second);
  }

  /** The value of a field, any case, or {@code null}. */
  String get(String name) {
    return values.get(name.toLowerCase(Locale.ROOT));
  }

  /** Whether the form has the field, any case. */
  boolean has(String name) {
    return values.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /** Replaces {@code ${filename}} in every value, as S3 does before it checks the policy. */
  void expandFilename(String filename) {
    values.replaceAll((name, value) -> value.replace("${filename}", filename));
  }

  /** The fields by name as first sent. */
  Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    values.forEach((lower, value) -> map.put(spelling.get(lower), value));
    return Collections.unmodifiableMap(map);
  }
}
