package org.moto4j.core.protocol;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an XML document element by element, escaping text; the shape of every AWS response is thus
 * in plain sight in the operation that writes it.
 *
 * <pre>{@code
 * String xml = XmlWriter.document()
 *     .start("LocationConstraint", S3_NAMESPACE).text(region).end()
 *     .toXml();
 * }</pre>
 */
public final class XmlWriter {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder(256);
  private final Deque<String> open = new ArrayDeque<>();

  private XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** A new document with its XML declaration. */
  public static XmlWriter document() {
    return new XmlWriter();
  }

  /** Opens an element. */
  public XmlWriter start(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Opens an element declaring a default namespace. */
  public XmlWriter start(String name, String namespace) {
    out.append('<').append(name).append(" xmlns=\"");
    escape(namespace, true);
    out.append("\">");
    open.push(name);
    return this;
  }

  /** Opens an element with an attribute, such as {@code xsi:type}. */
  public XmlWriter startWithAttributes(String name, String... attributePairs) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attributePairs.length; i += 2) {
      out.append(' ').append(attributePairs[i]).append("=\"");
      escape(attributePairs[i + 1], true);
      out.append('"');
    }
    out.append('>');
    open.push(name);
    return this;
  }

  /** Writes escaped text inside the open element. */
  public XmlWriter text(String text) {
    escape(text, false);
    return this;
  }

  /** Closes the innermost open element. */
  public XmlWriter end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Writes {@code <name>value</name>}; {@code <name></name>} for an empty value. */
  public XmlWriter element(String name, String value) {
    out.append('<').append(name).append('>');
    escape(value == null ? "" : value, false);
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes the element only when {@code value} is not {@code null}. */
  public XmlWriter optional(String name, Object value) {
    return value == null ? this : element(name, String.valueOf(value));
  }

  /** Writes a number element. */
  public XmlWriter element(String name, long value) {
    return element(name, Long.toString(value));
  }

  /** Writes a boolean element, as {@code true}/{@code false}. */
  public XmlWriter element(String name, boolean value) {
    return element(name, Boolean.toString(value));
  }

  /** Writes a timestamp as AWS's XML protocols do: ISO 8601, UTC, milliseconds. */
  public XmlWriter element(String name, Instant value) {
    return element(name, timestamp(value));
  }

  /** AWS's XML timestamp form: {@code 2006-02-03T16:45:09.000Z}. */
  public static String timestamp(Instant instant) {
    return ISO_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The document, with every element closed. */
  public String toXml() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("Unclosed elements: " + open);
    }
    return out.toString();
  }

  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
