package org.moto4j.iam.internal.ssh;

import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.user.User;

/** Writes the model's {@code SSHPublicKey} and {@code SSHPublicKeyMetadata} structures. */
final class SshPublicKeyXml {

  private SshPublicKeyXml() {}

  /** The whole key, its body in the encoding asked for ({@code SSH} or {@code PEM}). */
  static void write(XmlWriter xml, User user, SshPublicKey key, boolean pem) {
    xml.start("SSHPublicKey")
        .element("UserName", user.name())
        .element("SSHPublicKeyId", key.id())
        .element("Fingerprint", key.material().fingerprint())
        .element("SSHPublicKeyBody", pem ? key.material().pem() : key.material().ssh())
        .element("Status", key.status())
        .element("UploadDate", key.uploadDate())
        .end();
  }

  /** One member of {@code ListSSHPublicKeys}' answer. */
  static void writeMetadata(XmlWriter xml, String userName, SshPublicKey key) {
    xml.start("member")
        .element("UserName", userName)
        .element("SSHPublicKeyId", key.id())
        .element("Status", key.status())
        .element("UploadDate", key.uploadDate())
        .end();
  }
}
