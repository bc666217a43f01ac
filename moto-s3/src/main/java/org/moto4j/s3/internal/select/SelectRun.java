package org.moto4j.s3.internal.select;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.s3.S3Errors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SelectObjectContent run: reads the object's records as a stream, filters and projects them,
 * and writes the results as Records events of up to {@link #RECORDS_CHUNK} bytes, then Progress
 * (when asked), Stats and End, with Cont events through long silent scans. An error met on the way
 * (a bad CSV line, a failed CAST) ends the stream with an error message, as S3 does once the 200 is
 * sent.
 */
final class SelectRun {

  /** The most output bytes one Records event carries. */
  static final int RECORDS_CHUNK = 64 * 1024;

  /** How long a scan runs without sending anything before a Cont event keeps the client waiting. */
  static final long KEEP_ALIVE_NANOS = 5_000_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(SelectRun.class);

  private final SelectRequest request;
  private final SelectStatement statement;
  private final CountingInputStream scanned;
  private final CountingInputStream processed;
  private final RecordSource records;

  /**
   * Opens the object's stream for reading.
   *
   * @param body the object's bytes, closed by {@link #writeTo} (or here on failure)
   * @throws AwsException {@code TruncatedInput} when a GZIP object does not start as one
   */
  SelectRun(SelectRequest request, SelectStatement statement, InputStream body) {
    this.request = request;
    this.statement = statement;
    this.scanned = new CountingInputStream(body);
    try {
      InputStream decoded = request.gzip() ? new GZIPInputStream(scanned, 64 * 1024) : scanned;
      this.processed = new CountingInputStream(decoded);
      Reader reader =
          new InputStreamReader(
              processed,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE));
      this.records =
          request.input() instanceof SelectRequest.CsvInput csv
              ? new CsvRecordReader(new BufferedReader(reader, 64 * 1024), csv)
              : new JsonRecordReader(
                  new BufferedReader(reader, 64 * 1024), statement.source(), statement.unnest());
    } catch (ZipException | EOFException e) {
      close(body);
      throw S3Errors.SELECT_TRUNCATED_INPUT.exception();
    } catch (IOException e) {
      close(body);
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the query, writing the event stream; closes the object's stream. */
  void writeTo(OutputStream out) throws IOException {
    EventStream events = new EventStream(out);
    RecordWriter writer = RecordWriter.of(request.output());
    long returned = 0;
    try (InputStream closing = scanned) {
      returned = run(writer, events);
    } catch (AwsException e) {
      events.error(e.code(), e.getMessage());
      return;
    } catch (ZipException | EOFException e) {
      AwsException truncated = S3Errors.SELECT_TRUNCATED_INPUT.exception();
      events.error(truncated.code(), truncated.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.warn("S3 Select failed while streaming", e);
      events.error("InternalError", "We encountered an internal error. Please try again.");
      return;
    }
    if (request.progress()) {
      events.counts("Progress", scanned.count(), processed.count(), returned);
    }
    events.counts("Stats", scanned.count(), processed.count(), returned);
    events.end();
  }

  private long run(RecordWriter writer, EventStream events) throws IOException {
    long returned = 0;
    long answered = 0;
    Aggregation aggregation =
        statement.isAggregate() ? new Aggregation(statement.projections()) : null;
    long lastSent = System.nanoTime();
    long scannedRows = 0;
    while (aggregation != null || statement.limit() < 0 || answered < statement.limit()) {
      SelectRow row = records.next();
      if (row == null) {
        break;
      }
      if (++scannedRows % 1024 == 0 && System.nanoTime() - lastSent > KEEP_ALIVE_NANOS) {
        events.keepAlive();
        lastSent = System.nanoTime();
      }
      if (statement.where() != null && !Boolean.TRUE.equals(statement.where().evaluate(row))) {
        continue;
      }
      if (aggregation != null) {
        aggregation.add(row);
        continue;
      }
      writer.write(project(row));
      answered++;
      if (writer.buffer.size() >= RECORDS_CHUNK) {
        returned += flush(writer, events);
        lastSent = System.nanoTime();
      }
    }
    if (aggregation != null && statement.limit() != 0) {
      writer.write(named(aggregation.results()));
    }
    return returned + flush(writer, events);
  }

  private List<Map.Entry<String, Object>> project(SelectRow row) {
    if (statement.projections().isEmpty()) {
      return row.columns();
    }
    List<Object> values = new ArrayList<>();
    for (SelectStatement.Projection projection : statement.projections()) {
      values.add(projection.expression().evaluate(row));
    }
    return named(values);
  }

  /** Names the values as S3's JSON output does: the alias, the path's last name, else _N. */
  private List<Map.Entry<String, Object>> named(List<Object> values) {
    List<Map.Entry<String, Object>> columns = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      SelectStatement.Projection projection = statement.projections().get(i);
      String name = projection.alias();
      if (name == null && projection.expression() instanceof SqlExpression.Path path) {
        name = path.outputName();
      }
      columns.add(
          new AbstractMap.SimpleEntry<>(name == null ? "_" + (i + 1) : name, values.get(i)));
    }
    return columns;
  }

  private static long flush(RecordWriter writer, EventStream events) throws IOException {
    int size = writer.buffer.size();
    if (size > 0) {
      events.records(writer.buffer.toByteArray(), size);
      writer.buffer.reset();
    }
    return size;
  }

  private static void close(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      LOG.debug("Closing the object's stream failed", e);
    }
  }
}
