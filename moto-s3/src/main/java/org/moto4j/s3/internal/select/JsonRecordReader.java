package org.moto4j.s3.internal.select;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.moto4j.s3.S3Errors;

/**
 * Reads JSON records: each top-level value of the object (LINES: one per line; DOCUMENT: values may
 * span lines), one value in memory at a time. With a FROM path ({@code S3Object[*].a.b[*]}) the
 * records are the values at the path, or the elements of the array there.
 */
final class JsonRecordReader implements RecordSource {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonParser parser;
  private final List<SqlExpression.Step> path;
  private final boolean unnest;
  private final Deque<JsonNode> pending = new ArrayDeque<>();

  JsonRecordReader(Reader in, List<SqlExpression.Step> path, boolean unnest) throws IOException {
    this.parser = MAPPER.getFactory().createParser(in);
    this.path = path;
    this.unnest = unnest;
  }

  @Override
  public SelectRow next() throws IOException {
    while (pending.isEmpty()) {
      JsonNode document = document();
      if (document == null) {
        return null;
      }
      JsonNode node = document;
      for (SqlExpression.Step step : path) {
        node =
            step instanceof SqlExpression.Member member
                ? node.path(member.name())
                : node.path(((SqlExpression.Index) step).index());
      }
      if (node.isMissingNode()) {
        continue;
      }
      if (unnest) {
        if (node.isArray()) {
          node.forEach(pending::add);
        }
      } else {
        pending.add(node);
      }
    }
    return new SelectRow.Json(pending.poll());
  }

  private JsonNode document() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      return MAPPER.readTree(parser);
    } catch (JsonProcessingException e) {
      throw S3Errors.SELECT_JSON_PARSING_ERROR.exception();
    }
  }
}
