package org.moto4j.s3.internal.select;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.XmlBodies;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code SelectObjectContentRequest} document: the SQL expression, how the object is read and how
 * the results are written.
 *
 * @param expression the SQL text
 * @param input how to read the object's records
 * @param gzip whether the object is GZIP-compressed ({@code CompressionType} GZIP)
 * @param output how to write the results
 * @param progress whether Progress events were asked for
 */
record SelectRequest(
    String expression, InputFormat input, boolean gzip, OutputFormat output, boolean progress) {

  /** The longest expression S3 accepts. */
  static final int MAX_EXPRESSION_BYTES = 256 * 1024;

  /** How the object's bytes become records. */
  sealed interface InputFormat permits CsvInput, JsonInput {}

  /** How result records become bytes. */
  sealed interface OutputFormat permits CsvOutput, JsonOutput {}

  /** {@code FileHeaderInfo}: whether the first line names the columns. */
  enum FileHeaderInfo {
    USE,
    IGNORE,
    NONE
  }

  /** CSV input settings, S3's defaults filled in. */
  record CsvInput(
      FileHeaderInfo fileHeaderInfo,
      String comments,
      String quoteEscape,
      String recordDelimiter,
      String fieldDelimiter,
      String quote,
      boolean allowQuotedRecordDelimiter)
      implements InputFormat {}

  /** JSON input: {@code DOCUMENT} (values may span lines) or {@code LINES}. */
  record JsonInput(boolean lines) implements InputFormat {}

  /** CSV output settings, S3's defaults filled in. */
  record CsvOutput(
      boolean quoteAlways,
      String quoteEscape,
      String recordDelimiter,
      String fieldDelimiter,
      String quote)
      implements OutputFormat {}

  /** JSON output: one object per record, followed by the delimiter. */
  record JsonOutput(String recordDelimiter) implements OutputFormat {}

  /**
   * Reads the request document.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code EmptyRequestBody}, {@code MalformedXML},
   *     {@code MissingRequiredParameter}, {@code InvalidExpressionType}, {@code
   *     ObjectSerializationConflict}, {@code InvalidFileHeaderInfo}, {@code InvalidJsonType},
   *     {@code InvalidQuoteFields}, {@code InvalidCompressionFormat}, {@code InvalidDataSource},
   *     {@code UnsupportedScanRangeInput}, {@code ExpressionTooLong}
   */
  static SelectRequest read(InputStream body) {
    Element root =
        XmlBodies.read(body, "SelectObjectContentRequest")
            .orElseThrow(S3Errors.SELECT_EMPTY_REQUEST_BODY::exception);
    String expression = required(root, "Expression");
    if (expression.getBytes(StandardCharsets.UTF_8).length > MAX_EXPRESSION_BYTES) {
      throw S3Errors.SELECT_EXPRESSION_TOO_LONG.exception();
    }
    if (!required(root, "ExpressionType").equals("SQL")) {
      throw S3Errors.SELECT_INVALID_EXPRESSION_TYPE.exception();
    }
    Element input = child(root, "InputSerialization");
    Element output = child(root, "OutputSerialization");
    if (input == null || output == null) {
      throw S3Errors.SELECT_MISSING_REQUIRED_PARAMETER.exception();
    }
    if (child(root, "ScanRange") != null) {
      // moto4j reads whole objects only (a documented gap).
      throw S3Errors.SELECT_UNSUPPORTED_SCAN_RANGE.exception();
    }
    boolean progress =
        Optional.ofNullable(child(root, "RequestProgress"))
            .flatMap(p -> XmlBodies.childText(p, "Enabled"))
            .map(v -> v.equalsIgnoreCase("true"))
            .orElse(false);
    return new SelectRequest(
        expression, inputFormat(input), gzip(input), outputFormat(output), progress);
  }

  private static InputFormat inputFormat(Element input) {
    Element csv = child(input, "CSV");
    Element json = child(input, "JSON");
    Element parquet = child(input, "Parquet");
    int formats = (csv == null ? 0 : 1) + (json == null ? 0 : 1) + (parquet == null ? 0 : 1);
    if (formats > 1) {
      throw S3Errors.SELECT_SERIALIZATION_CONFLICT.exception();
    }
    if (parquet != null) {
      throw S3Errors.SELECT_INVALID_DATA_SOURCE.exception(
          "moto4j's S3 Select reads CSV and JSON objects; Parquet is not supported.");
    }
    if (json != null) {
      String type = XmlBodies.childText(json, "Type").orElse("DOCUMENT");
      return switch (type.toUpperCase(Locale.ROOT)) {
        case "DOCUMENT" -> new JsonInput(false);
        case "LINES" -> new JsonInput(true);
        default -> throw S3Errors.SELECT_INVALID_JSON_TYPE.exception();
      };
    }
    if (csv == null) {
      throw S3Errors.SELECT_MISSING_REQUIRED_PARAMETER.exception();
    }
    FileHeaderInfo header;
    try {
      header =
          FileHeaderInfo.valueOf(
              XmlBodies.childText(csv, "FileHeaderInfo").orElse("NONE").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw S3Errors.SELECT_INVALID_FILE_HEADER_INFO.exception();
    }
    String quote = character(csv, "QuoteCharacter", "\"");
    return new CsvInput(
        header,
        XmlBodies.childText(csv, "Comments").filter(c -> !c.isEmpty()).orElse(null),
        character(csv, "QuoteEscapeCharacter", quote),
        delimiter(csv, "RecordDelimiter", "\n"),
        delimiter(csv, "FieldDelimiter", ","),
        quote,
        XmlBodies.childText(csv, "AllowQuotedRecordDelimiter")
            .map(v -> v.equalsIgnoreCase("true"))
            .orElse(false));
  }

  private static boolean gzip(Element input) {
    String compression = XmlBodies.childText(input, "CompressionType").orElse("NONE");
    return switch (compression.toUpperCase(Locale.ROOT)) {
      case "NONE" -> false;
      case "GZIP" -> true;
      case "BZIP2" ->
          throw S3Errors.SELECT_INVALID_COMPRESSION_FORMAT.exception(
              "moto4j's S3 Select reads uncompressed and GZIP objects; BZIP2 is not supported.");
      default -> throw S3Errors.SELECT_INVALID_REQUEST_PARAMETER.exception();
    };
  }

  private static OutputFormat outputFormat(Element output) {
    Element csv = child(output, "CSV");
    Element json = child(output, "JSON");
    if (csv != null && json != null) {
      throw S3Errors.SELECT_SERIALIZATION_CONFLICT.exception();
    }
    if (json != null) {
      return new JsonOutput(delimiter(json, "RecordDelimiter", "\n"));
    }
    if (csv == null) {
      throw S3Errors.SELECT_MISSING_REQUIRED_PARAMETER.exception();
    }
    String quoteFields = XmlBodies.childText(csv, "QuoteFields").orElse("ASNEEDED");
    if (!quoteFields.equals("ALWAYS") && !quoteFields.equals("ASNEEDED")) {
      throw S3Errors.SELECT_INVALID_QUOTE_FIELDS.exception();
    }
    String quote = character(csv, "QuoteCharacter", "\"");
    return new CsvOutput(
        quoteFields.equals("ALWAYS"),
        character(csv, "QuoteEscapeCharacter", quote),
        delimiter(csv, "RecordDelimiter", "\n"),
        delimiter(csv, "FieldDelimiter", ","),
        quote);
  }

  /** A one-character setting; S3 takes the first character when given more. */
  private static String character(Element parent, String name, String fallback) {
    return rawText(parent, name)
        .filter(v -> !v.isEmpty())
        .map(v -> v.substring(0, v.offsetByCodePoints(0, 1)))
        .orElse(fallback);
  }

  /** A delimiter, kept exactly (no trimming: it may be whitespace). */
  private static String delimiter(Element parent, String name, String fallback) {
    return rawText(parent, name).filter(v -> !v.isEmpty()).orElse(fallback);
  }

  private static Optional<String> rawText(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? Optional.empty() : Optional.of(element.getTextContent());
  }

  private static String required(Element parent, String name) {
    return XmlBodies.childText(parent, name)
        .filter(v -> !v.isEmpty())
        .orElseThrow(S3Errors.SELECT_MISSING_REQUIRED_PARAMETER::exception);
  }

  private static Element child(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }
}
