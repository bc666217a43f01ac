package org.moto4j.core.protocol.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.moto4j.core.http.MotoRequest;
import org.moto4j.core.protocol.AwsException;

/**
 * The parameters of a query-protocol request, from the query string and the form body, with
 * accessors for AWS's flattened lists ({@code Tags.member.1.Key}).
 */
public final class QueryRequest {

  private final Map<String, String> parameters;

  private QueryRequest(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  /** The parameters of {@code request}: its query string, then its form body. */
  public static QueryRequest of(MotoRequest request) {
    Map<String, String> parameters = new LinkedHashMap<>();
    request.query().forEach((name, values) -> parameters.put(name, values.get(0)));
    request.form().forEach((name, values) -> parameters.put(name, values.get(0)));
    return new QueryRequest(parameters);
  }

  /** A request of exactly these parameters (for tests). */
  public static QueryRequest of(Map<String, String> parameters) {
    return new QueryRequest(new LinkedHashMap<>(parameters));
  }

  /** The {@code Action} parameter, or {@code null}. */
  public String action() {
    return parameters.get("Action");
  }

  /** The {@code Version} parameter, or {@code null}. */
  public String version() {
    return parameters.get("Version");
  }

  /** A parameter's value, or {@code null}. */
  public String get(String name) {
    return parameters.get(name);
  }

  /** A parameter's value, if present. */
  public Optional<String> optional(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /** Whether the parameter was sent. */
  public boolean has(String name) {
    return parameters.containsKey(name);
  }

  /**
   * An integer parameter, or {@code null} when absent.
   *
   * @throws AwsException {@code ValidationError} when it is not an integer
   */
  public Integer integer(String name, String memberName) {
    String value = parameters.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new AwsException(
          "ValidationError",
          400,
          "1 validation error detected: Value '"
              + value
              + "' at '"
              + memberName
              + "' failed to satisfy constraint: Member must be a number");
    }
  }

  /**
   * The values of a flattened list, in index order: {@code list("PolicyArns.member")} reads {@code
   * PolicyArns.member.1}, {@code PolicyArns.member.2}…
   */
  public List<String> list(String prefix) {
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    String start = prefix + ".";
    for (Map.Entry<String, String> entry : parameters.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(start)) {
        Integer index = index(name.substring(start.length()));
        if (index != null) {
          byIndex.put(index, entry.getValue());
        }
      }
    }
    return new ArrayList<>(byIndex.values());
  }

  /**
   * The structures of a flattened list: {@code structures("Tags.member")} reads {@code
   * Tags.member.1.Key} and {@code Tags.member.1.Value} into one map per index, in index order.
   */
  public List<Map<String, String>> structures(String prefix) {
    TreeMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
    String start = prefix + ".";
    for (Map.Entry<String, String> entry : parameters.entrySet()) {
      String name = entry.getKey();
      if (!name.startsWith(start)) {
        continue;
      }
      String rest = name.substring(start.length());
      int dot = rest.indexOf('.');
      if (dot < 0) {
        continue;
      }
      Integer index = index(rest.substring(0, dot));
      if (index != null) {
        byIndex
            .computeIfAbsent(index, i -> new LinkedHashMap<>())
            .put(rest.substring(dot + 1), entry.getValue());
      }
    }
    return new ArrayList<>(byIndex.values());
  }

  private static Integer index(String text) {
    try {
      int index = Integer.parseInt(text);
      return index > 0 ? index : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
