package org.moto4j.iam.internal.provider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.moto4j.core.protocol.SafeXml;
import org.moto4j.iam.internal.IamErrors;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What IAM reads of a SAML metadata document: that it is XML holding an {@code EntityDescriptor}
 * (SAML 2.0 metadata, at the root or inside an {@code EntitiesDescriptor}), and its {@code
 * validUntil}.
 */
final class SamlMetadata {

  private static final String METADATA_NAMESPACE = "urn:oasis:names:tc:SAML:2.0:metadata";

  private SamlMetadata() {}

  /**
   * The document's {@code validUntil}, if it has one.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} when the document is not
   *     XML, holds no {@code EntityDescriptor} or has a {@code validUntil} that is no date
   */
  static Optional<Instant> validUntil(String document) {
    Element root;
    try {
      root = SafeXml.parse(document.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    } catch (SafeXml.MalformedException e) {
      throw IamErrors.SAML_METADATA_INVALID.exception();
    }
    Element descriptor = entityDescriptor(root);
    if (descriptor == null) {
      throw IamErrors.SAML_METADATA_INVALID.exception();
    }
    String validUntil = descriptor.getAttribute("validUntil");
    if (validUntil.isEmpty()) {
      validUntil = root.getAttribute("validUntil");
    }
    if (validUntil.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(instant(validUntil));
  }

  private static Element entityDescriptor(Element root) {
    if ("EntityDescriptor".equals(root.getLocalName())) {
      return root;
    }
    if (!"EntitiesDescriptor".equals(root.getLocalName())) {
      return null;
    }
    NodeList inner = root.getElementsByTagNameNS(METADATA_NAMESPACE, "EntityDescriptor");
    if (inner.getLength() == 0) {
      inner = root.getElementsByTagNameNS("*", "EntityDescriptor");
    }
    return inner.getLength() == 0 ? null : (Element) inner.item(0);
  }

  /** An {@code xs:dateTime}; one without a zone is taken as UTC. */
  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        throw IamErrors.SAML_METADATA_INVALID.exception();
      }
    }
  }
}
