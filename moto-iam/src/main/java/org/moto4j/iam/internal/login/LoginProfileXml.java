package org.moto4j.iam.internal.login;

import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.user.User;

/** Writes the model's {@code LoginProfile} structure; the password never leaves the server. */
final class LoginProfileXml {

  private LoginProfileXml() {}

  static void write(XmlWriter xml, User user, LoginProfile profile) {
    xml.start("LoginProfile")
        .element("UserName", user.name())
        .element("CreateDate", profile.createDate())
        .element("PasswordResetRequired", profile.passwordResetRequired())
        .end();
  }
}
