package org.moto4j.s3.internal.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One input record as expressions see it: a CSV line or a JSON value. */
sealed interface SelectRow {

  /**
   * The top-level field {@code name}; {@link SqlValues#MISSING} when there is none.
   *
   * @param quoted whether the name was a quoted identifier (matched exactly, else ignoring case)
   */
  Object field(String name, boolean quoted);

  /** The record's columns, in order, for {@code SELECT *}. */
  List<Map.Entry<String, Object>> columns();

  /** The record as one value ({@code SELECT s FROM S3Object s}). */
  Object whole();

  /**
   * A CSV record.
   *
   * @param values its fields
   * @param header the column names from the first line ({@code FileHeaderInfo USE}), or null
   */
  record Csv(List<String> values, List<String> header) implements SelectRow {

    @Override
    public Object field(String name, boolean quoted) {
      int position = position(name);
      if (position > 0) {
        return position <= values.size() ? values.get(position - 1) : SqlValues.MISSING;
      }
      if (header != null) {
        for (int i = 0; i < header.size() && i < values.size(); i++) {
          String column = header.get(i);
          if (quoted ? column.equals(name) : column.equalsIgnoreCase(name)) {
            return values.get(i);
          }
        }
      }
      return SqlValues.MISSING;
    }

    @Override
    public List<Map.Entry<String, Object>> columns() {
      List<Map.Entry<String, Object>> columns = new ArrayList<>(values.size());
      for (int i = 0; i < values.size(); i++) {
        String name = header != null && i < header.size() ? header.get(i) : "_" + (i + 1);
        columns.add(Map.entry(name, values.get(i)));
      }
      return columns;
    }

    @Override
    public Object whole() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, Object> column : columns()) {
        node.put(column.getKey(), (String) column.getValue());
      }
      return node;
    }

    /** The 1-based position a name like {@code _3} stands for, else 0. */
    private static int position(String name) {
      if (name.length() < 2 || name.charAt(0) != '_') {
        return 0;
      }
      for (int i = 1; i < name.length(); i++) {
        if (!Character.isDigit(name.charAt(i))) {
          return 0;
        }
      }
      try {
        return Integer.parseInt(name.substring(1));
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }

  /** A JSON record: one top-level value (or one element of the FROM path). */
  record Json(JsonNode node) implements SelectRow {

    @Override
    public Object field(String name, boolean quoted) {
      return member(node, name, quoted);
    }

    @Override
    public List<Map.Entry<String, Object>> columns() {
      List<Map.Entry<String, Object>> columns = new ArrayList<>();
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          columns.add(new AbstractMap.SimpleEntry<>(field.getKey(), jsonValue(field.getValue())));
        }
      } else {
        columns.add(new AbstractMap.SimpleEntry<>("_1", jsonValue(node)));
      }
      return columns;
    }

    @Override
    public Object whole() {
      return SqlValues.fromJson(node);
    }

    /** A member of a JSON object value, {@link SqlValues#MISSING} when absent. */
    static Object member(Object value, String name, boolean quoted) {
      if (!(value instanceof JsonNode node) || !node.isObject()) {
        return SqlValues.MISSING;
      }
      JsonNode exact = node.get(name);
      if (exact != null) {
        return SqlValues.fromJson(exact);
      }
      if (!quoted) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          if (field.getKey().equalsIgnoreCase(name)) {
            return SqlValues.fromJson(field.getValue());
          }
        }
      }
      return SqlValues.MISSING;
    }

    private static Object jsonValue(JsonNode value) {
      return SqlValues.fromJson(value);
    }
  }
}
