package org.moto4j.s3.internal.access;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.moto4j.core.http.MalformedRequestException;
import org.moto4j.core.http.MotoRequest;

/**
 * The objects a DeleteObjects body names, each of which needs its own {@code s3:DeleteObject} (or
 * {@code s3:DeleteObjectVersion}), as S3 decides each key on its own.
 */
final class DeletedObjects {

  /** S3 refuses a DeleteObjects body naming more than 1,000 keys; this bounds the read. */
  private static final int MAX_BODY_BYTES = MotoRequest.MAX_FORM_BODY_BYTES;

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /**
   * One {@code <Object>} of the body.
   *
   * @param key its key
   * @param versionId its version, or {@code null}
   */
  record Entry(String key, String versionId) {}

  private DeletedObjects() {}

  /**
   * The entries of the request's body, read into memory and left readable for the operation; empty
   * when the body is too large or not XML (the operation then refuses it with S3's own error).
   */
  static Optional<List<Entry>> read(MotoRequest request) {
    try {
      return Optional.of(parse(request.bufferedBody(MAX_BODY_BYTES)));
    } catch (MalformedRequestException | XMLStreamException e) {
      return Optional.empty();
    }
  }

  static List<Entry> parse(byte[] xml) throws XMLStreamException {
    XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    List<Entry> entries = new ArrayList<>();
    String key = null;
    String versionId = null;
    String element = null;
    StringBuilder text = new StringBuilder();
    try {
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamReader.START_ELEMENT -> {
            element = reader.getLocalName();
            text.setLength(0);
            if (element.equals("Object")) {
              key = null;
              versionId = null;
            }
          }
          case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA -> text.append(reader.getText());
          case XMLStreamReader.END_ELEMENT -> {
            switch (reader.getLocalName()) {
              case "Key" -> key = text.toString();
              case "VersionId" -> versionId = text.toString();
              case "Object" -> {
                if (key != null) {
                  entries.add(new Entry(key, versionId));
                }
              }
              default -> {}
            }
            text.setLength(0);
          }
          default -> {}
        }
      }
    } finally {
      reader.close();
    }
    return entries;
  }
}
