package org.moto4j.s3.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An element of a configuration document, kept as sent (names, order, attributes such as {@code
 * xsi:type}) so that a Get answers what the Put stored, in S3's namespace.
 *
 * @param name the local name
 * @param attributes the attributes other than the default namespace, by qualified name
 * @param text the text of an element without child elements, as sent, else {@code null}
 * @param children the child elements, in document order
 */
public record XmlNode(
    String name, Map<String, String> attributes, String text, List<XmlNode> children) {

  public XmlNode {
    // Kept in document order, so that a namespace declaration stays before its use.
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    children = List.copyOf(children);
  }

  /** A leaf element. */
  public static XmlNode leaf(String name, String text) {
    return new XmlNode(name, Map.of(), text, List.of());
  }

  /** An element with children. */
  public static XmlNode parent(String name, List<XmlNode> children) {
    return new XmlNode(name, Map.of(), null, children);
  }

  /** The tree of a parsed element. */
  public static XmlNode of(Element element) {
    List<XmlNode> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        children.add(of(childElement));
      }
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Node attribute = all.item(i);
      if (!attribute.getNodeName().equals("xmlns")) {
        attributes.put(attribute.getNodeName(), attribute.getNodeValue());
      }
    }
    String name = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
    // Text is kept as sent: tag values and prefixes may start or end with spaces.
    String text = children.isEmpty() ? element.getTextContent() : null;
    return new XmlNode(name, attributes, text, children);
  }

  /** The first child of that name. */
  public Optional<XmlNode> child(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).findFirst();
  }

  /** The children of that name, in order. */
  public List<XmlNode> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /** The text of the first child of that name. */
  public Optional<String> childText(String childName) {
    return child(childName).map(child -> child.text == null ? "" : child.text);
  }

  /**
   * The child of that name, which the schema requires.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} when it is missing
   */
  public XmlNode required(String childName) {
    return child(childName).orElseThrow(() -> S3Errors.MALFORMED_XML.exception());
  }

  /**
   * The text of the child of that name, which the schema requires.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} when it is missing
   */
  public String requiredText(String childName) {
    return childText(childName).orElseThrow(() -> S3Errors.MALFORMED_XML.exception());
  }

  /** Whether the element has a child of that name. */
  public boolean has(String childName) {
    return child(childName).isPresent();
  }

  /** The element as a whole document in S3's namespace. */
  public String toDocument() {
    XmlWriter xml = XmlWriter.document();
    xml.start(name, S3Service.NAMESPACE);
    writeChildren(xml);
    return xml.end().toXml();
  }

  /** Writes the element into a document being built. */
  public void writeTo(XmlWriter xml) {
    if (attributes.isEmpty()) {
      xml.start(name);
    } else {
      String[] pairs = new String[attributes.size() * 2];
      int i = 0;
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        pairs[i++] = attribute.getKey();
        pairs[i++] = attribute.getValue();
      }
      xml.startWithAttributes(name, pairs);
    }
    writeChildren(xml);
    xml.end();
  }

  private void writeChildren(XmlWriter xml) {
    if (text != null) {
      xml.text(text);
    }
    for (XmlNode child : children) {
      child.writeTo(xml);
    }
  }
}
