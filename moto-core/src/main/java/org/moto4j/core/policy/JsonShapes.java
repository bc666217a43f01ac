package org.moto4j.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.policy.JsonTree.Array;
import org.moto4j.core.policy.JsonTree.Node;
import org.moto4j.core.policy.JsonTree.Obj;
import org.moto4j.core.policy.JsonTree.Scalar;
import org.moto4j.core.policy.JsonTree.Text;

/** Reads the value shapes policy elements allow; null when a value has another shape. */
final class JsonShapes {

  private JsonShapes() {}

  static String text(Obj obj, String key) {
    return obj.get(key) instanceof Text text ? text.value() : null;
  }

  /** A string or an array of strings as a list; null for any other shape. */
  static List<String> strings(Node node) {
    if (node instanceof Text text) {
      return List.of(text.value());
    }
    if (!(node instanceof Array array)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Node item : array.items()) {
      if (!(item instanceof Text text)) {
        return null;
      }
      values.add(text.value());
    }
    return values;
  }

  /** Condition values: a scalar or an array of scalars, as text; null for any other shape. */
  static List<String> conditionValues(Node node) {
    if (node instanceof Text || node instanceof Scalar) {
      return List.of(scalar(node));
    }
    if (!(node instanceof Array array)) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Node item : array.items()) {
      if (!(item instanceof Text || item instanceof Scalar)) {
        return null;
      }
      values.add(scalar(item));
    }
    return values;
  }

  static String scalar(Node node) {
    return node instanceof Text text ? text.value() : ((Scalar) node).literal();
  }

  /** {@code "*"} or an object of strings / string arrays by principal type; null otherwise. */
  static Principals principals(Node node) {
    if (node instanceof Text text) {
      return text.value().equals("*") ? new Principals(true, Map.of()) : null;
    }
    if (!(node instanceof Obj obj)) {
      return null;
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : obj.members().entrySet()) {
      List<String> values = strings(entry.getValue());
      if (values == null) {
        return null;
      }
      byType.put(entry.getKey(), List.copyOf(values));
    }
    return new Principals(false, byType);
  }
}
