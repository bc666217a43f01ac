package org.moto4j.s3.internal.post;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578 over RFC 2046 §5.1) part by part as it
 * arrives. A part's content is a stream cut at the next delimiter, so a part of any size passes
 * through a fixed buffer and is never held whole; only part headers are read into memory, and they
 * are bounded.
 *
 * <pre>{@code
 * MultipartFormReader form = new MultipartFormReader(body, boundary, 20 * 1024);
 * for (MultipartFormReader.Part part; (part = form.next()) != null; ) {
 *   part.content().transferTo(out);
 * }
 * }</pre>
 */
final class MultipartFormReader {

  /** The longest boundary RFC 2046 allows. */
  static final int MAX_BOUNDARY_LENGTH = 70;

  private static final int BUFFER_SIZE = 64 * 1024;

  /** One part: its name, file name and content type, and its content as a stream. */
  final class Part {
    private final String name;
    private final String filename;
    private final String contentType;
    private final boolean formData;
    private final InputStream content = new PartContent(this);

    private Part(String name, String filename, String contentType, boolean formData) {
      this.name = name;
      this.filename = filename;
      this.contentType = contentType;
      this.formData = formData;
    }

    /** The {@code name} of its {@code Content-Disposition}. */
    String name() {
      return name;
    }

    /** The {@code filename} of its {@code Content-Disposition}, or {@code null} when absent. */
    String filename() {
      return filename;
    }

    /** Its {@code Content-Type}, or {@code null}. */
    String contentType() {
      return contentType;
    }

    /** Whether its disposition is {@code form-data} (not, say, {@code file}). */
    boolean isFormData() {
      return formData;
    }

    /**
     * The content, up to the next delimiter; to be read before the next part is asked for.
     *
     * @throws MalformedFormException (from its reads) when the body ends before the delimiter
     */
    InputStream content() {
      return content;
    }
  }

  private final InputStream in;
  private final byte[] delimiter;
  private final int maxOverhead;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int start;
  private int end;
  private boolean sourceDone;
  private long read;
  private Part current;
  private boolean atDelimiter;
  private boolean finished;

  /**
   * @param in the body
   * @param boundary the {@code boundary} parameter of the request's {@code Content-Type}
   * @param maxOverhead the most bytes the preamble, or the headers of one part, may take
   */
  MultipartFormReader(InputStream in, String boundary, int maxOverhead) {
    if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
      throw new IllegalArgumentException("A boundary has 1 to 70 characters: " + boundary);
    }
    if (maxOverhead > BUFFER_SIZE / 2) {
      throw new IllegalArgumentException("Headers are read in a buffer of " + BUFFER_SIZE);
    }
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.maxOverhead = maxOverhead;
    // The first delimiter may open the body with no CRLF before it: pretend there was one.
    buffer[0] = '\r';
    buffer[1] = '\n';
    end = 2;
  }

  /**
   * The boundary of a {@code multipart/form-data} content type, or {@code null} when it names none
   * that RFC 2046 allows.
   */
  static String boundary(String contentType) {
    String boundary = HeaderValue.parse(contentType).parameter("boundary");
    if (boundary == null
        || boundary.isEmpty()
        || boundary.length() > MAX_BOUNDARY_LENGTH
        || !StandardCharsets.US_ASCII.newEncoder().canEncode(boundary)) {
      return null;
    }
    return boundary;
  }

  /** Whether a {@code Content-Type} is {@code multipart/form-data}, parameters aside. */
  static boolean isFormData(String contentType) {
    return contentType != null
        && HeaderValue.parse(contentType).token().equals("multipart/form-data");
  }

  /** How many bytes of the body were consumed: everything before the current position. */
  long position() {
    // Until the made-up CRLF before the first delimiter is consumed, this is negative.
    return Math.max(0, read - (end - start));
  }

  /**
   * The next part, once the current one's unread content is skipped; {@code null} after the closing
   * delimiter (anything after it, the epilogue, is never read).
   *
   * @throws MalformedFormException when the body breaks the format
   * @throws IOException when reading the body fails
   */
  Part next() throws IOException {
    if (finished) {
      return null;
    }
    if (current == null) {
      skipPreamble();
    } else {
      current.content().transferTo(OutputStream.nullOutputStream());
    }
    if (!atDelimiter) {
      throw new IllegalStateException("A part's content ends at a delimiter");
    }
    atDelimiter = false;
    current = null;
    if (isCloseDelimiter()) {
      // What follows the closing delimiter, the epilogue, is never read.
      finished = true;
      return null;
    }
    String rest = readLine(maxOverhead, "the line of a delimiter");
    if (!rest.isBlank()) {
      throw new MalformedFormException("A delimiter is followed by text: " + rest);
    }
    current = readHeaders();
    return current;
  }

  /** Whether the delimiter just consumed is followed by {@code --}. */
  private boolean isCloseDelimiter() throws IOException {
    while (end - start < 2) {
      if (!fill()) {
        return false;
      }
    }
    return buffer[start] == '-' && buffer[start + 1] == '-';
  }

  /**
   * Skips what precedes the first delimiter. It is read through to the end, not held: a body with
   * no delimiter at all is malformed, one with a long preamble before its parts too large.
   */
  private void skipPreamble() throws IOException {
    long skipped = 0;
    byte[] discard = new byte[BUFFER_SIZE];
    for (int n; (n = readContent(discard, 0, discard.length)) >= 0; ) {
      skipped += n;
    }
    if (skipped > maxOverhead) {
      throw new MalformedFormException.TooLarge("The preamble is longer than " + maxOverhead);
    }
  }

  private Part readHeaders() throws IOException {
    String disposition = null;
    String contentType = null;
    int budget = maxOverhead;
    StringBuilder header = null;
    while (true) {
      String line = readLine(budget, "part headers");
      budget -= line.getBytes(StandardCharsets.UTF_8).length + 2;
      if (budget < 0) {
        throw new MalformedFormException.TooLarge("Part headers longer than " + maxOverhead);
      }
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
        if (header == null) {
          throw new MalformedFormException("A part's headers start with a continuation line");
        }
        header.append(' ').append(line.trim());
        continue;
      }
      if (header != null) {
        String text = header.toString();
        int colon = text.indexOf(':');
        if (colon <= 0) {
          throw new MalformedFormException("A part header has no name: " + text);
        }
        String name = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).trim();
        if (name.equals("content-disposition") && disposition == null) {
          disposition = value;
        } else if (name.equals("content-type") && contentType == null) {
          contentType = value;
        }
      }
      if (line.isEmpty()) {
        break;
      }
      header = new StringBuilder(line);
    }
    if (disposition == null) {
      throw new MalformedFormException("A part has no Content-Disposition");
    }
    HeaderValue parsed = HeaderValue.parse(disposition);
    String name = parsed.parameter("name");
    if (name == null) {
      throw new MalformedFormException("A part's Content-Disposition has no name");
    }
    return new Part(
        name, parsed.parameter("filename"), contentType, parsed.token().equals("form-data"));
  }

  /** Reads up to CRLF, which is consumed but not returned; UTF-8, as browsers send names. */
  private String readLine(int limit, String what) throws IOException {
    int scanned = 0;
    while (true) {
      for (int i = start + scanned; i + 1 < end; i++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
          String line = new String(buffer, start, i - start, StandardCharsets.UTF_8);
          start = i + 2;
          return line;
        }
      }
      scanned = Math.max(0, end - start - 1);
      if (scanned > limit) {
        throw new MalformedFormException.TooLarge(what + " longer than " + limit + " bytes");
      }
      if (!fill()) {
        throw new MalformedFormException("The body ends inside " + what);
      }
    }
  }

  /**
   * Reads content up to the next delimiter; -1 once there, with the delimiter consumed.
   *
   * @throws MalformedFormException when the body ends before a delimiter
   */
  private int readContent(byte[] target, int offset, int length) throws IOException {
    if (atDelimiter) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    while (true) {
      int found = indexOfDelimiter();
      if (found == start) {
        start += delimiter.length;
        atDelimiter = true;
        return -1;
      }
      // Bytes before a possible delimiter are content for sure; a partial match at the end of
      // the buffer waits for more bytes.
      int available = found >= 0 ? found - start : end - start - (delimiter.length - 1);
      if (available > 0) {
        int n = Math.min(length, available);
        System.arraycopy(buffer, start, target, offset, n);
        start += n;
        return n;
      }
      if (!fill()) {
        throw new MalformedFormException("The body ends before the closing delimiter");
      }
    }
  }

  private int indexOfDelimiter() {
    byte first = delimiter[0];
    int last = end - delimiter.length;
    outer:
    for (int i = start; i <= last; i++) {
      if (buffer[i] != first) {
        continue;
      }
      for (int j = 1; j < delimiter.length; j++) {
        if (buffer[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Reads more of the body into the buffer; false when the body has ended. */
  private boolean fill() throws IOException {
    if (sourceDone) {
      return false;
    }
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      throw new IllegalStateException("The buffer is full of unconsumed bytes");
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      sourceDone = true;
      return false;
    }
    end += n;
    read += n;
    return true;
  }

  /** A part's content as a stream over {@link #readContent}; empty once its part is left. */
  private final class PartContent extends InputStream {

    private final Part part;

    PartContent(Part part) {
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = read(one, 0, 1);
      } while (n == 0);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      return current == part ? readContent(target, offset, length) : -1;
    }
  }
}
