package org.moto4j.iam.internal.user;

import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.IamBackend;

/** Writes the model's {@code User} structure, members in the model's order. */
public final class UserXml {

  private UserXml() {}

  /**
   * Writes {@code user} as element {@code element}; {@code full} adds the permissions boundary and
   * tags, which AWS leaves out of listings.
   */
  public static void write(XmlWriter xml, String element, User user, boolean full) {
    xml.start(element)
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.id())
        .element("Arn", user.arn())
        .element("CreateDate", user.createDate());
    if (full) {
      if (user.permissionsBoundary() != null) {
        xml.start("PermissionsBoundary")
            .element("PermissionsBoundaryType", "PermissionsBoundaryPolicy")
            .element("PermissionsBoundaryArn", user.permissionsBoundary())
            .end();
      }
      user.tags().writeTo(xml);
    }
    xml.end();
  }

  /**
   * Writes the account root as {@code GetUser} answers root credentials: no name or path, the
   * account id as {@code UserId}, the root ARN.
   */
  static void writeRoot(XmlWriter xml, IamBackend iam) {
    xml.start("User")
        .element("UserId", iam.account().value())
        .element("Arn", iam.root().arn())
        .element("CreateDate", iam.created())
        .end();
  }
}
