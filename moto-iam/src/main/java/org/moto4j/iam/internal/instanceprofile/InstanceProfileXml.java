package org.moto4j.iam.internal.instanceprofile;

import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.role.RoleXml;
import org.moto4j.iam.internal.tag.Tags;

/**
 * Writes the model's {@code InstanceProfile} structure, members in the model's order, with its role
 * as it is now.
 */
public final class InstanceProfileXml {

  /** How an answer carries the profile's tags. */
  public enum View {
    /** {@code CreateInstanceProfile}, authorization details: its tags, if any. */
    CREATED,
    /** Listings: no tags. */
    LISTED,
    /** {@code GetInstanceProfile}: {@code Tags}, even empty. */
    FULL
  }

  private InstanceProfileXml() {}

  /** Writes {@code profile} as {@code element}, its roles as they are now. */
  public static void write(
      XmlWriter xml, String element, InstanceProfile profile, IamBackend iam, View view) {
    xml.start(element)
        .element("Path", profile.path())
        .element("InstanceProfileName", profile.name())
        .element("InstanceProfileId", profile.id())
        .element("Arn", profile.arn())
        .element("CreateDate", profile.createDate())
        .start("Roles");
    for (String roleId : profile.roleIds()) {
      iam.roles()
          .findById(roleId)
          .ifPresent(role -> RoleXml.write(xml, "member", role, RoleXml.View.IN_PROFILE));
    }
    xml.end();
    switch (view) {
      case CREATED -> profile.tags().writeTo(xml);
      case FULL -> Tags.write(xml, profile.tags().list());
      case LISTED -> {}
    }
    xml.end();
  }
}
