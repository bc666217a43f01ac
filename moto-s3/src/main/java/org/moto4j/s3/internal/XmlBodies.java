package org.moto4j.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.moto4j.core.protocol.SafeXml;
import org.moto4j.s3.S3Errors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the small XML documents S3 requests carry (configurations, not objects), safely: no DTDs,
 * no external entities, a size limit. Anything else answers {@code MalformedXML}, as S3 does.
 */
public final class XmlBodies {

  /** The largest configuration document read. */
  public static final int MAX_BYTES = 1024 * 1024;

  private XmlBodies() {}

  /**
   * The document's root element, when the body is not empty.
   *
   * @param rootName the local name the root element must have
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML}
   */
  public static Optional<Element> read(InputStream body, String rootName) {
    return parse(readLimited(body), rootName);
  }

  /**
   * A request's document, like {@link #read(InputStream, String)}, compared first with the SHA-256
   * the request states ({@link ContentSha256}).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML}, {@code
   *     XAmzContentSHA256Mismatch}
   */
  public static Optional<Element> read(S3Request request, String rootName) {
    String stated = ContentSha256.stated(request);
    byte[] bytes = readLimited(request.body());
    ContentSha256.checkBody(stated, bytes);
    return parse(bytes, rootName);
  }

  private static byte[] readLimited(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return bytes;
  }

  private static Optional<Element> parse(byte[] bytes, String rootName) {
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return Optional.empty();
    }
    Element root;
    try {
      root = SafeXml.parse(bytes).getDocumentElement();
    } catch (SafeXml.MalformedException e) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (!rootName.equals(root.getLocalName())) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return Optional.of(root);
  }

  /** The text of the first child element named {@code localName}, if there is one. */
  public static Optional<String> childText(Element parent, String localName) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(element.getLocalName())) {
        return Optional.of(element.getTextContent().trim());
      }
    }
    return Optional.empty();
  }
}
