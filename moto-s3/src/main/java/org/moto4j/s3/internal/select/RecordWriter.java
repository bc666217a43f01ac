package org.moto4j.s3.internal.select;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes result records in the requested output serialization, into a buffer. */
abstract sealed class RecordWriter permits RecordWriter.Csv, RecordWriter.Json {

  /** The bytes written since the buffer was last drained. */
  final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  /** The writer for an output format. */
  static RecordWriter of(SelectRequest.OutputFormat format) {
    return format instanceof SelectRequest.CsvOutput csv
        ? new Csv(csv)
        : new Json((SelectRequest.JsonOutput) format);
  }

  /** Writes one record: its columns as (name, value), values as in {@link SqlValues}. */
  abstract void write(List<Map.Entry<String, Object>> columns);

  /** CSV: values joined by the field delimiter, quoted as asked, then the record delimiter. */
  static final class Csv extends RecordWriter {

    private final SelectRequest.CsvOutput format;

    Csv(SelectRequest.CsvOutput format) {
      this.format = format;
    }

    @Override
    void write(List<Map.Entry<String, Object>> columns) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          line.append(format.fieldDelimiter());
        }
        Object value = columns.get(i).getValue();
        String text = value instanceof JsonNode node ? node.toString() : SqlValues.text(value);
        line.append(quoted(text));
      }
      line.append(format.recordDelimiter());
      buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String quoted(String text) {
      // A delimiter's first character is enough to quote: with a delimiter of several characters,
      // a value ending in its first ones would otherwise run into it.
      boolean needed =
          format.quoteAlways()
              || text.contains(format.fieldDelimiter().substring(0, 1))
              || text.contains(format.recordDelimiter().substring(0, 1))
              || text.contains(format.quote())
              || text.contains("\n")
              || text.contains("\r");
      if (!needed) {
        return text;
      }
      String escaped = text.replace(format.quote(), format.quoteEscape() + format.quote());
      return format.quote() + escaped + format.quote();
    }
  }

  /** JSON: one object per record (MISSING values left out), then the record delimiter. */
  static final class Json extends RecordWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final byte[] delimiter;

    Json(SelectRequest.JsonOutput format) {
      this.delimiter = format.recordDelimiter().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    void write(List<Map.Entry<String, Object>> columns) {
      try (JsonGenerator json = MAPPER.getFactory().createGenerator(buffer)) {
        json.writeStartObject();
        for (Map.Entry<String, Object> column : columns) {
          Object value = column.getValue();
          if (value == SqlValues.MISSING) {
            continue;
          }
          json.writeFieldName(column.getKey());
          if (value == null) {
            json.writeNull();
          } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
          } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
          } else if (value instanceof JsonNode node) {
            MAPPER.writeTree(json, node);
          } else {
            json.writeString(value.toString());
          }
        }
        json.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buffer.writeBytes(delimiter);
    }
  }
}
