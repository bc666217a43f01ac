package org.moto4j.iam.internal.certificate;

import org.moto4j.core.protocol.XmlWriter;

/** Writes the model's server and signing certificate structures, members in its order. */
final class CertificateXml {

  private CertificateXml() {}

  /** {@code ServerCertificateMetadata}, as element {@code element}. */
  static void writeMetadata(XmlWriter xml, String element, ServerCertificate certificate) {
    xml.start(element)
        .element("Path", certificate.path())
        .element("ServerCertificateName", certificate.name())
        .element("ServerCertificateId", certificate.id())
        .element("Arn", certificate.arn())
        .element("UploadDate", certificate.uploadDate())
        .element("Expiration", certificate.expiration())
        .end();
  }

  /** {@code SigningCertificate}, as element {@code element}; no user name for the root's. */
  static void writeSigning(
      XmlWriter xml, String element, String userName, SigningCertificate certificate) {
    xml.start(element)
        .optional("UserName", userName)
        .element("CertificateId", certificate.id())
        .element("CertificateBody", certificate.body())
        .element("Status", certificate.status())
        .element("UploadDate", certificate.uploadDate())
        .end();
  }
}
