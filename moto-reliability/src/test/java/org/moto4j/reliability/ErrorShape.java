package org.moto4j.reliability;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What every answer to hostile input must be: a 4xx, in the shape of the protocol that answered
 * (S3's {@code <Error>} with {@code x-amz-request-id}, or the query protocol's {@code
 * <ErrorResponse><Error><Type/><Code/><Message/>} with {@code x-amzn-RequestId}), well-formed XML
 * with a code and a message. Returns the problems found, empty when there are none.
 */
final class ErrorShape {

  private ErrorShape() {}

  /**
   * @param header a response header by name, or {@code null}
   * @param head whether the request was a HEAD, whose error has no body
   */
  static List<String> problems(
      int status, Function<String, String> header, byte[] body, boolean head) {
    List<String> problems = new ArrayList<>();
    if (status < 400 || status > 499) {
      problems.add("status " + status + ", not a 4xx");
    }
    boolean restXml = header.apply("x-amz-request-id") != null;
    boolean query = header.apply("x-amzn-RequestId") != null;
    if (restXml == query) {
      problems.add("no single protocol's request id header (x-amz-request-id or x-amzn-RequestId)");
    }
    if (head) {
      if (body != null && body.length > 0) {
        problems.add("a HEAD error with a body");
      }
      return problems;
    }
    Element root;
    try {
      root = parse(body).getDocumentElement();
    } catch (Exception e) {
      problems.add("not well-formed XML (" + e.getMessage() + "): " + text(body));
      return problems;
    }
    Element error;
    if (restXml) {
      error = root;
      expect(problems, root, "Error");
      expectChild(problems, root, "RequestId");
    } else {
      expect(problems, root, "ErrorResponse");
      error = child(root, "Error");
      if (error == null) {
        problems.add("no <Error> in <ErrorResponse>: " + text(body));
        return problems;
      }
      expectChild(problems, root, "RequestId");
      expectChild(problems, error, "Type");
    }
    Element code = child(error, "Code");
    if (code == null || code.getTextContent().isBlank()) {
      problems.add("no <Code>: " + text(body));
    } else if (code.getTextContent().equals("InternalError")) {
      problems.add("InternalError: " + text(body));
    }
    if (child(error, "Message") == null) {
      problems.add("no <Message>: " + text(body));
    }
    return problems;
  }

  /** The error code of a well-formed error body, or {@code null}. */
  static String code(byte[] body) {
    try {
      Element root = parse(body).getDocumentElement();
      Element error = root.getLocalName().equals("ErrorResponse") ? child(root, "Error") : root;
      Element code = child(error, "Code");
      return code == null ? null : code.getTextContent();
    } catch (Exception e) {
      return null;
    }
  }

  private static void expect(List<String> problems, Element element, String name) {
    if (!name.equals(element.getLocalName())) {
      problems.add("root <" + element.getLocalName() + ">, expected <" + name + ">");
    }
  }

  private static void expectChild(List<String> problems, Element parent, String name) {
    if (child(parent, name) == null) {
      problems.add("no <" + name + "> in <" + parent.getLocalName() + ">");
    }
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && name.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }

  private static org.w3c.dom.Document parse(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(body == null ? new byte[0] : body));
  }

  private static String text(byte[] body) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
