package org.moto4j.s3.internal.select;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.moto4j.s3.S3Errors;

/**
 * Reads CSV records as S3 Select does: the configured field and record delimiters (any length),
 * quote and quote-escape characters, comment lines, and the header line ({@code FileHeaderInfo}).
 * Streams: holds one record at a time, at most 1 MiB of it.
 */
final class CsvRecordReader implements RecordSource {

  /** S3's maxCharsPerRecord. */
  static final int MAX_RECORD_CHARS = 1024 * 1024;

  private final PushbackReader in;
  private final SelectRequest.CsvInput format;
  private final int quote;
  private final int escape;
  private List<String> header;
  private boolean started;

  CsvRecordReader(Reader in, SelectRequest.CsvInput format) {
    int lookahead =
        Math.max(format.recordDelimiter().length(), format.fieldDelimiter().length()) + 1;
    this.in = new PushbackReader(in, lookahead);
    this.format = format;
    this.quote = format.quote().codePointAt(0);
    this.escape = format.quoteEscape().codePointAt(0);
  }

  @Override
  public SelectRow next() throws IOException {
    if (!started) {
      started = true;
      if (format.fileHeaderInfo() != SelectRequest.FileHeaderInfo.NONE) {
        List<String> first = record();
        if (first == null) {
          return null;
        }
        if (format.fileHeaderInfo() == SelectRequest.FileHeaderInfo.USE) {
          header = first;
        }
      }
    }
    List<String> values = record();
    return values == null ? null : new SelectRow.Csv(values, header);
  }

  /** The next record's fields, comment lines skipped; {@code null} at the end. */
  private List<String> record() throws IOException {
    while (true) {
      int first = in.read();
      if (first == -1) {
        return null;
      }
      in.unread(first);
      if (format.comments() != null && first == format.comments().charAt(0)) {
        skipLine();
        continue;
      }
      return fields();
    }
  }

  private List<String> fields() throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean bareCarriageReturn = false; // the last character read was an unquoted CR
    int size = 0;
    while (true) {
      int c = in.read();
      if (++size > MAX_RECORD_CHARS) {
        throw S3Errors.SELECT_OVER_MAX_RECORD_SIZE.exception();
      }
      if (c == -1) {
        if (quoted) {
          throw S3Errors.SELECT_CSV_PARSING_ERROR.exception();
        }
        fields.add(field.toString());
        return fields;
      }
      if (quoted) {
        if (c == escape && escape != quote) {
          int following = in.read();
          if (following == quote || following == escape) {
            field.appendCodePoint(following);
          } else {
            field.appendCodePoint(c);
            unread(following);
          }
        } else if (c == quote) {
          int following = in.read();
          if (following == quote) {
            field.appendCodePoint(quote);
          } else {
            quoted = false;
            unread(following);
          }
        } else if (matches(c, format.recordDelimiter())) {
          if (!format.allowQuotedRecordDelimiter()) {
            throw S3Errors.SELECT_CSV_ESCAPING_RECORD_DELIMITER.exception();
          }
          field.append(format.recordDelimiter());
        } else {
          field.append((char) c);
        }
      } else if (c == quote) {
        quoted = true;
      } else if (matches(c, format.fieldDelimiter())) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (matches(c, format.recordDelimiter())) {
        fields.add(lastField(field, bareCarriageReturn));
        return fields;
      } else {
        field.append((char) c);
        bareCarriageReturn = c == '\r';
        continue;
      }
      bareCarriageReturn = false;
    }
  }

  // A file written with CRLF read with S3's default "\n" delimiter: drop the CR, as moto4j's users
  // expect (S3 would keep it in the last field).
  private String lastField(StringBuilder field, boolean bareCarriageReturn) {
    int end = field.length();
    if (format.recordDelimiter().equals("\n") && bareCarriageReturn) {
      end--;
    }
    return field.substring(0, end);
  }

  /** Whether {@code c} and the characters after it spell {@code delimiter}; consumes them if so. */
  private boolean matches(int c, String delimiter) throws IOException {
    if (c != delimiter.charAt(0)) {
      return false;
    }
    if (delimiter.length() == 1) {
      return true;
    }
    char[] rest = new char[delimiter.length() - 1];
    int read = 0;
    while (read < rest.length) {
      int next = in.read();
      if (next == -1) {
        break;
      }
      rest[read++] = (char) next;
    }
    if (read == rest.length && delimiter.substring(1).equals(new String(rest))) {
      return true;
    }
    in.unread(rest, 0, read);
    return false;
  }

  private void skipLine() throws IOException {
    while (true) {
      int c = in.read();
      if (c == -1 || matches(c, format.recordDelimiter())) {
        return;
      }
    }
  }

  private void unread(int c) throws IOException {
    if (c != -1) {
      in.unread(c);
    }
  }
}
