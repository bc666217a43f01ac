package org.moto4j.core.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy's JSON read with Jackson's streaming parser into a small tree that keeps each value's
 * JSON type and its position in the text (the simulator reports statement positions).
 *
 * <p>A repeated key keeps its last value, as IAM's (and moto's) JSON readers do.
 */
final class JsonTree {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonTree() {}

  /** A JSON value with the range of text it spans. */
  sealed interface Node permits Text, Scalar, Null, Array, Obj {
    SourceRange range();
  }

  /** A JSON string. */
  record Text(String value, SourceRange range) implements Node {}

  /** A JSON number or boolean, with its literal spelling. */
  record Scalar(String literal, SourceRange range) implements Node {}

  /** JSON null. */
  record Null(SourceRange range) implements Node {}

  /** A JSON array. */
  record Array(List<Node> items, SourceRange range) implements Node {}

  /** A JSON object, members in document order. */
  record Obj(Map<String, Node> members, SourceRange range) implements Node {
    Node get(String key) {
      return members.get(key);
    }

    boolean has(String key) {
      return members.containsKey(key);
    }
  }

  /** Thrown when the text is not one well-formed JSON value. */
  static final class InvalidJson extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidJson(Throwable cause) {
      super(cause);
    }

    InvalidJson(String message) {
      super(message);
    }
  }

  /** Reads exactly one JSON value from {@code json}. */
  static Node read(String json) throws InvalidJson {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InvalidJson("empty document");
      }
      Node root = value(parser, first);
      if (parser.nextToken() != null) {
        throw new InvalidJson("content after the document");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new InvalidJson(e);
    } catch (IOException e) {
      throw new InvalidJson(e);
    }
  }

  private static Node value(JsonParser parser, JsonToken token) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> members = new LinkedHashMap<>();
          JsonToken next;
          while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            members.remove(key);
            members.put(key, value(parser, parser.nextToken()));
          }
          return new Obj(Collections.unmodifiableMap(members), range(start, parser));
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          JsonToken next;
          while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(parser, next));
          }
          return new Array(List.copyOf(items), range(start, parser));
        }
      case VALUE_STRING:
        return new Text(parser.getText(), range(start, parser));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Scalar(parser.getText(), range(start, parser));
      case VALUE_NULL:
        return new Null(range(start, parser));
      default:
        throw new JsonProcessingException("unexpected " + token, start) {
          private static final long serialVersionUID = 1L;
        };
    }
  }

  private static SourceRange range(JsonLocation start, JsonParser parser) throws IOException {
    JsonLocation end = parser.currentTokenLocation();
    int endColumn = end.getColumnNr();
    if (parser.currentToken() != null && parser.currentToken().isScalarValue()) {
      endColumn += Math.max(0, parser.getTextLength() - 1);
    }
    return new SourceRange(start.getLineNr(), start.getColumnNr(), end.getLineNr(), endColumn);
  }
}
