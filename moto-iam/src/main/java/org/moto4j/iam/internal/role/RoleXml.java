package org.moto4j.iam.internal.role;

import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.policy.PolicyDocuments;

/** Writes the model's {@code Role} structure, members in the model's order. */
public final class RoleXml {

  private RoleXml() {}

  /** Which members of a role an answer carries: AWS leaves some out of each operation's answer. */
  public enum View {
    /** {@code CreateRole}: no description, session duration or last use. */
    CREATED(false, false, true, false),
    /** {@code ListRoles}: no boundary, tags or last use. */
    LISTED(true, true, false, false),
    /** {@code UpdateRoleDescription}: no session duration or last use. */
    DESCRIBED(true, false, true, false),
    /** A role inside an instance profile: the trust policy and nothing after it. */
    IN_PROFILE(false, false, false, false),
    /** {@code GetRole}, {@code CreateServiceLinkedRole}: every member. */
    FULL(true, true, true, true);

    private final boolean description;
    private final boolean maxSessionDuration;
    private final boolean boundaryAndTags;
    private final boolean lastUsed;

    View(
        boolean description,
        boolean maxSessionDuration,
        boolean boundaryAndTags,
        boolean lastUsed) {
      this.description = description;
      this.maxSessionDuration = maxSessionDuration;
      this.boundaryAndTags = boundaryAndTags;
      this.lastUsed = lastUsed;
    }
  }

  /** Writes {@code role} as element {@code element}, with the members {@code view} carries. */
  public static void write(XmlWriter xml, String element, Role role, View view) {
    xml.start(element)
        .element("Path", role.path())
        .element("RoleName", role.name())
        .element("RoleId", role.id())
        .element("Arn", role.arn())
        .element("CreateDate", role.createDate())
        .element(
            "AssumeRolePolicyDocument", PolicyDocuments.encoded(role.assumeRolePolicyDocument()));
    if (view.description) {
      xml.optional("Description", role.description());
    }
    if (view.maxSessionDuration) {
      xml.element("MaxSessionDuration", role.maxSessionDuration());
    }
    if (view.boundaryAndTags) {
      if (role.permissionsBoundary() != null) {
        xml.start("PermissionsBoundary")
            .element("PermissionsBoundaryType", "PermissionsBoundaryPolicy")
            .element("PermissionsBoundaryArn", role.permissionsBoundary())
            .end();
      }
      role.tags().writeTo(xml);
    }
    if (view.lastUsed) {
      // Empty until a session of the role is recorded as having acted: AWS answers the same.
      xml.start("RoleLastUsed");
      RoleLastUsed lastUsed = role.roleLastUsed();
      if (lastUsed.lastUsedDate() != null) {
        xml.element("LastUsedDate", lastUsed.lastUsedDate());
      }
      xml.optional("Region", lastUsed.region()).end();
    }
    xml.end();
  }
}
