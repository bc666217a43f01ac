package org.moto4j.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** HTTP headers: names compared case-insensitively, order and original spelling kept. */
public final class Headers {

  private final Map<String, Entry> byLowerName = new LinkedHashMap<>();

  private record Entry(String name, List<String> values) {}

  /** Adds a value, keeping earlier values of the same name. */
  public Headers add(String name, String value) {
    byLowerName
        .computeIfAbsent(lower(name), k -> new Entry(name, new ArrayList<>(1)))
        .values()
        .add(value);
    return this;
  }

  /** Replaces every value of {@code name}. */
  public Headers set(String name, String value) {
    List<String> values = new ArrayList<>(1);
    values.add(value);
    byLowerName.put(lower(name), new Entry(name, values));
    return this;
  }

  /** Removes every value of {@code name}. */
  public Headers remove(String name) {
    byLowerName.remove(lower(name));
    return this;
  }

  /** The first value of {@code name}, or {@code null}. */
  public String first(String name) {
    Entry entry = byLowerName.get(lower(name));
    return entry == null || entry.values().isEmpty() ? null : entry.values().get(0);
  }

  /** The first value of {@code name}, if present. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(first(name));
  }

  /** Every value of {@code name}, in order; empty when absent. */
  public List<String> all(String name) {
    Entry entry = byLowerName.get(lower(name));
    return entry == null ? List.of() : Collections.unmodifiableList(entry.values());
  }

  /** Whether {@code name} has a value. */
  public boolean contains(String name) {
    return byLowerName.containsKey(lower(name));
  }

  /** Header names as first spelled, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(byLowerName.size());
    for (Entry entry : byLowerName.values()) {
      names.add(entry.name());
    }
    return names;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Entry entry : byLowerName.values()) {
      for (String value : entry.values()) {
        out.append(entry.name()).append(": ").append(value).append('\n');
      }
    }
    return out.toString();
  }
}
