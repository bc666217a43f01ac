package org.moto4j.iam.internal.group;

import org.moto4j.core.protocol.XmlWriter;

/** Writes the model's {@code Group} structure, members in the model's order. */
final class GroupXml {

  private GroupXml() {}

  static void write(XmlWriter xml, String element, Group group) {
    xml.start(element)
        .element("Path", group.path())
        .element("GroupName", group.name())
        .element("GroupId", group.id())
        .element("Arn", group.arn())
        .element("CreateDate", group.createDate())
        .end();
  }
}
