package org.moto4j.s3.internal.restore;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.XmlBodies;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code RestoreRequest} document: the days the restored copy is kept and the retrieval tier.
 *
 * @param days the days, or {@code null} when the request names none
 * @param tier Standard, Bulk or Expedited ({@code Standard} when none is named)
 */
record RestoreRequestBody(Integer days, String tier) {

  private static final List<String> TIERS = List.of("Standard", "Bulk", "Expedited");

  /**
   * Reads the body; an empty one asks for nothing in particular.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML}, {@code InvalidArgument}
   *     (days), {@code InvalidArgument} (Type SELECT)
   */
  static RestoreRequestBody read(InputStream body) {
    Optional<Element> root = XmlBodies.read(body, "RestoreRequest");
    if (root.isEmpty()) {
      return new RestoreRequestBody(null, "Standard");
    }
    Element request = root.get();
    if (XmlBodies.childText(request, "Type").isPresent()
        || child(request, "SelectParameters") != null
        || child(request, "OutputLocation") != null) {
      throw S3Errors.RESTORE_SELECT_UNSUPPORTED.exception();
    }
    Integer days = XmlBodies.childText(request, "Days").map(RestoreRequestBody::days).orElse(null);
    String tier = XmlBodies.childText(request, "Tier").orElse(null);
    Element job = child(request, "GlacierJobParameters");
    if (job != null) {
      tier = XmlBodies.childText(job, "Tier").orElseThrow(S3Errors.MALFORMED_XML::exception);
    }
    if (tier == null) {
      tier = "Standard";
    }
    if (!TIERS.contains(tier)) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return new RestoreRequestBody(days, tier);
  }

  private static int days(String text) {
    try {
      int days = Integer.parseInt(text);
      if (days >= 1) {
        return days;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw S3Errors.INVALID_RESTORE_DAYS
        .exception()
        .with("ArgumentName", "Days")
        .with("ArgumentValue", text);
  }

  private static Element child(Element parent, String localName) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }
}
