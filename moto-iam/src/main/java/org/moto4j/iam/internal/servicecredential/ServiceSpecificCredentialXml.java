package org.moto4j.iam.internal.servicecredential;

import org.moto4j.core.protocol.XmlWriter;

/**
 * Writes the model's {@code ServiceSpecificCredential} (with its secrets) and {@code
 * ServiceSpecificCredentialMetadata} structures, members in the model's order.
 */
final class ServiceSpecificCredentialXml {

  private ServiceSpecificCredentialXml() {}

  /** The whole credential, as only create and reset answer it. */
  static void write(XmlWriter xml, String userName, ServiceSpecificCredential credential) {
    xml.start("ServiceSpecificCredential")
        .element("CreateDate", credential.createDate())
        .optional(
            "ExpirationDate",
            credential.expirationDate() == null
                ? null
                : XmlWriter.timestamp(credential.expirationDate()))
        .element("ServiceName", credential.serviceName())
        .optional("ServiceUserName", credential.serviceUserName())
        .optional("ServicePassword", credential.password())
        .optional("ServiceCredentialAlias", credential.alias())
        .optional("ServiceCredentialSecret", credential.secret())
        .element("ServiceSpecificCredentialId", credential.id())
        .element("UserName", userName)
        .element("Status", credential.status())
        .end();
  }

  /** One member of {@code ListServiceSpecificCredentials}' answer, without secrets. */
  static void writeMetadata(XmlWriter xml, String userName, ServiceSpecificCredential credential) {
    xml.start("member")
        .element("UserName", userName)
        .element("Status", credential.status())
        .optional("ServiceUserName", credential.serviceUserName())
        .optional("ServiceCredentialAlias", credential.alias())
        .element("CreateDate", credential.createDate())
        .optional(
            "ExpirationDate",
            credential.expirationDate() == null
                ? null
                : XmlWriter.timestamp(credential.expirationDate()))
        .element("ServiceSpecificCredentialId", credential.id())
        .element("ServiceName", credential.serviceName())
        .end();
  }
}
