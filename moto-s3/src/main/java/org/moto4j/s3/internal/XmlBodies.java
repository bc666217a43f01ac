package org.moto4j.s3.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.moto4j.s3.S3Errors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the small XML documents S3 requests carry (configurations, not objects), safely: no DTDs,
 * no external entities, a size limit. Anything else answers {@code MalformedXML}, as S3 does.
 */
public final class XmlBodies {

  /** The largest configuration document read. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private XmlBodies() {}

  /**
   * The document's root element, when the body is not empty.
   *
   * @param rootName the local name the root element must have
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML}
   */
  public static Optional<Element> read(InputStream body, String rootName) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return Optional.empty();
    }
    Element root;
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    } catch (SAXException | IOException e) {
      throw S3Errors.MALFORMED_XML.exception();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
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

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
