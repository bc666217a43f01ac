package org.moto4j.sts;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What AssumeRoleWithSAML reads from a base64-encoded SAML 2.0 response: the issuer, the subject's
 * NameID and format, the recipient and audience, and the attributes. The signature is not checked
 * (moto4j trusts every identity provider, as moto does). Parsed with DTDs and external entities
 * disabled, so an assertion cannot make the server read files or URLs.
 *
 * @param issuer the assertion's (else the response's) {@code Issuer}
 * @param nameId the {@code NameID} of the subject
 * @param nameIdFormat its {@code Format} attribute, or {@code null}
 * @param recipient the {@code Recipient} of {@code SubjectConfirmationData}, or {@code null}
 * @param audience the first {@code AudienceRestriction/Audience}, or {@code null}
 * @param attributes every {@code Attribute}'s values, by {@code Name}
 */
record SamlAssertion(
    String issuer,
    String nameId,
    String nameIdFormat,
    String recipient,
    String audience,
    Map<String, List<String>> attributes) {

  static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
  private static final String NAME_ID_FORMAT_PREFIX = "urn:oasis:names:tc:SAML:2.0:nameid-format:";

  /**
   * Decodes and parses an assertion.
   *
   * @throws AwsException {@code InvalidIdentityToken} when it is not base64, not XML, or not a SAML
   *     response with an assertion and a subject
   */
  static SamlAssertion decode(String encoded) {
    byte[] xml;
    try {
      xml = Base64.getDecoder().decode(encoded.replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      throw invalid("the SAMLAssertion is not valid base64 (" + e.getMessage() + ")");
    }
    Element root = parse(xml).getDocumentElement();
    boolean bare =
        ASSERTION_NS.equals(root.getNamespaceURI()) && "Assertion".equals(root.getLocalName());
    Element assertion = bare ? root : first(root, "Assertion");
    if (assertion == null) {
      throw invalid(
          first(root, "EncryptedAssertion") != null
              ? "moto4j cannot decrypt an EncryptedAssertion; send the assertion unencrypted"
              : "the SAML response has no saml:Assertion element");
    }
    Element subject = child(assertion, "Subject");
    Element nameId = subject == null ? null : child(subject, "NameID");
    if (nameId == null || nameId.getTextContent().isBlank()) {
      throw invalid("the assertion has no Subject/NameID");
    }
    Element issuer = child(assertion, "Issuer");
    if (issuer == null) {
      issuer = child(root, "Issuer");
    }
    Element confirmation = first(subject, "SubjectConfirmationData");
    Element audience = first(assertion, "Audience");
    return new SamlAssertion(
        issuer == null ? null : issuer.getTextContent().trim(),
        nameId.getTextContent().trim(),
        nameId.hasAttribute("Format") ? nameId.getAttribute("Format") : null,
        confirmation != null && confirmation.hasAttribute("Recipient")
            ? confirmation.getAttribute("Recipient")
            : null,
        audience == null ? null : audience.getTextContent().trim(),
        attributes(assertion));
  }

  /**
   * The first value of an attribute, such as {@code
   * https://aws.amazon.com/SAML/Attributes/RoleSessionName}.
   */
  Optional<String> attribute(String name) {
    List<String> values = attributes.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The subject type AWS answers: the NameID format without the {@code
   * urn:oasis:names:tc:SAML:2.0:nameid-format:} prefix, any other format as is.
   */
  String subjectType() {
    if (nameIdFormat == null) {
      return null;
    }
    return nameIdFormat.startsWith(NAME_ID_FORMAT_PREFIX)
        ? nameIdFormat.substring(NAME_ID_FORMAT_PREFIX.length())
        : nameIdFormat;
  }

  private static Document parse(byte[] xml) {
    try {
      return SafeXml.parse(xml);
    } catch (SafeXml.MalformedException e) {
      throw invalid("the SAMLAssertion is not well-formed XML (" + e.getMessage() + ")");
    }
  }

  private static Map<String, List<String>> attributes(Element assertion) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    NodeList nodes = assertion.getElementsByTagNameNS(ASSERTION_NS, "Attribute");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element attribute = (Element) nodes.item(i);
      List<String> values = new ArrayList<>();
      NodeList valueNodes = attribute.getElementsByTagNameNS(ASSERTION_NS, "AttributeValue");
      for (int j = 0; j < valueNodes.getLength(); j++) {
        values.add(valueNodes.item(j).getTextContent().trim());
      }
      attributes
          .computeIfAbsent(attribute.getAttribute("Name"), n -> new ArrayList<>())
          .addAll(values);
    }
    return attributes;
  }

  /** The first descendant in the SAML assertion namespace with this local name. */
  private static Element first(Element root, String localName) {
    if (root == null) {
      return null;
    }
    NodeList nodes = root.getElementsByTagNameNS(ASSERTION_NS, localName);
    return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
  }

  /** The first child element in the SAML assertion namespace with this local name. */
  private static Element child(Element parent, String localName) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && ASSERTION_NS.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }

  private static AwsException invalid(String why) {
    return StsErrors.INVALID_IDENTITY_TOKEN.exception("Invalid SAML assertion: " + why + ".");
  }
}
