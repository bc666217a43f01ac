package org.moto4j.s3.internal.multipart;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.moto4j.core.blob.ChecksumAlgorithm;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.internal.XmlBodies;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@code CompleteMultipartUpload} document of a CompleteMultipartUpload request: the parts of
 * the object, as the client lists them (order and all, which S3 checks).
 *
 * <pre>{@code
 * <CompleteMultipartUpload>
 *   <Part><PartNumber>1</PartNumber><ETag>"a54357aff0632cce46d942af68356b38"</ETag></Part>
 * </CompleteMultipartUpload>
 * }</pre>
 */
final class CompletedParts {

  /**
   * One listed part.
   *
   * @param number the part number
   * @param etag the ETag as listed, quoted or not
   * @param checksums the part's checksums the client listed, base64
   */
  record Listed(int number, String etag, Map<ChecksumAlgorithm, String> checksums) {

    /** The ETag without quotes, as S3 compares and reports it. */
    String bareEtag() {
      return bare(etag);
    }
  }

  private CompletedParts() {}

  /**
   * Reads the document.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedXML} for a body that is no such
   *     document, lists no part, or a part without a number or an ETag
   */
  static List<Listed> read(InputStream body) {
    Element root =
        XmlBodies.read(body, "CompleteMultipartUpload")
            .orElseThrow(S3Errors.MALFORMED_XML::exception);
    List<Listed> parts = new ArrayList<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element part && "Part".equals(part.getLocalName())) {
        parts.add(listed(part));
      }
    }
    if (parts.isEmpty()) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    return parts;
  }

  /** An ETag without its quotes. */
  static String bare(String etag) {
    String value = etag.trim();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static Listed listed(Element part) {
    String number =
        XmlBodies.childText(part, "PartNumber").orElseThrow(S3Errors.MALFORMED_XML::exception);
    String etag = XmlBodies.childText(part, "ETag").orElseThrow(S3Errors.MALFORMED_XML::exception);
    int parsed;
    try {
      parsed = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw S3Errors.MALFORMED_XML.exception();
    }
    Map<ChecksumAlgorithm, String> checksums = new EnumMap<>(ChecksumAlgorithm.class);
    for (ChecksumAlgorithm algorithm : ChecksumAlgorithm.values()) {
      if (algorithm != ChecksumAlgorithm.MD5) {
        XmlBodies.childText(part, "Checksum" + algorithm.s3Name())
            .ifPresent(value -> checksums.put(algorithm, value));
      }
    }
    return new Listed(parsed, etag, Collections.unmodifiableMap(checksums));
  }
}
