package org.moto4j.s3.internal.objects;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.moto4j.core.protocol.SafeXml;
import org.moto4j.s3.S3Errors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A DeleteObjects request's {@code Delete} document: the objects (1 to {@value #MAX_OBJECTS}), each
 * a key with an optional version and conditions, and whether the answer is {@code Quiet}. Anything
 * else S3 refuses as {@code MalformedXML}: no objects, more than 1,000, an object without a key, a
 * {@code Quiet} that is not a boolean, a condition that is not a date or a number. Keys are kept
 * exactly as sent, surrounding spaces included.
 *
 * @param objects the objects to delete, in the order given
 * @param quiet whether only errors are answered
 */
public record DeleteRequest(List<DeleteRequest.Target> objects, boolean quiet) {

  /** The most objects one request deletes. */
  public static final int MAX_OBJECTS = 1000;

  /**
   * One object to delete.
   *
   * @param key the key
   * @param versionId the version, or {@code null}
   * @param etag delete only the object with this ETag, or {@code null}
   * @param lastModifiedTime delete only the object last modified at this time, or {@code null}
   * @param size delete only the object of this size, or {@code null}
   */
  public record Target(
      String key, String versionId, String etag, Instant lastModifiedTime, Long size) {

    public Target {
      Objects.requireNonNull(key, "key");
    }

    /** Whether the deletion is conditional. */
    public boolean isConditional() {
      return etag != null || lastModifiedTime != null || size != null;
    }
  }

  public DeleteRequest {
    objects = List.copyOf(objects);
  }

  /**
   * Reads a {@code Delete} document.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML}
   */
  public static DeleteRequest parse(byte[] xml) {
    Element root;
    try {
      root = SafeXml.parse(xml).getDocumentElement();
    } catch (SafeXml.MalformedException e) {
      throw malformed();
    }
    if (!"Delete".equals(root.getLocalName())) {
      throw malformed();
    }
    List<Target> objects = new ArrayList<>();
    boolean quiet = false;
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element element)) {
        continue;
      }
      switch (element.getLocalName()) {
        case "Object" -> {
          if (objects.size() == MAX_OBJECTS) {
            throw malformed();
          }
          objects.add(target(element));
        }
        case "Quiet" -> quiet = bool(element.getTextContent().trim());
        default -> {
          // S3 ignores elements it does not know.
        }
      }
    }
    if (objects.isEmpty()) {
      throw malformed();
    }
    return new DeleteRequest(objects, quiet);
  }

  private static Target target(Element object) {
    String key = null;
    String versionId = null;
    String etag = null;
    Instant lastModifiedTime = null;
    Long size = null;
    for (Node child = object.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof Element element)) {
        continue;
      }
      String text = element.getTextContent();
      switch (element.getLocalName()) {
        case "Key" -> key = text;
        case "VersionId" -> versionId = text.trim();
        case "ETag" -> etag = text.trim();
        case "LastModifiedTime" -> lastModifiedTime = timestamp(text.trim());
        case "Size" -> size = number(text.trim());
        default -> {
          // ignored, as S3 ignores them
        }
      }
    }
    if (key == null || key.isEmpty()) {
      throw malformed();
    }
    return new Target(key, versionId, etag, lastModifiedTime, size);
  }

  private static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw malformed();
    };
  }

  private static Instant timestamp(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw malformed();
    }
  }

  private static Long number(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw malformed();
    }
  }

  private static RuntimeException malformed() {
    return S3Errors.MALFORMED_XML.exception();
  }
}
