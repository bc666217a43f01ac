package org.moto4j.iam.internal.accesskey;

import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.IamBackend;

/** Writes the model's {@code AccessKey} and {@code AccessKeyMetadata} structures. */
final class AccessKeyXml {

  private AccessKeyXml() {}

  /** {@code CreateAccessKey}'s answer, the only one that shows the secret. */
  static void writeWithSecret(XmlWriter xml, IamBackend iam, AccessKey key) {
    xml.start("AccessKey")
        .optional("UserName", iam.userName(key.ownerId()).orElse(null))
        .element("AccessKeyId", key.id())
        .element("Status", key.status().wireName())
        .element("SecretAccessKey", key.secret())
        .element("CreateDate", key.createDate())
        .end();
  }

  /** One member of {@code ListAccessKeys}' answer. */
  static void writeMetadata(XmlWriter xml, IamBackend iam, AccessKey key) {
    xml.start("member")
        .optional("UserName", iam.userName(key.ownerId()).orElse(null))
        .element("AccessKeyId", key.id())
        .element("Status", key.status().wireName())
        .element("CreateDate", key.createDate())
        .end();
  }
}
