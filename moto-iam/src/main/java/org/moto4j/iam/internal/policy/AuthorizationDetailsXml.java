package org.moto4j.iam.internal.policy;

import java.util.List;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.instanceprofile.InstanceProfile;
import org.moto4j.iam.internal.instanceprofile.InstanceProfileXml;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.role.RoleLastUsed;
import org.moto4j.iam.internal.user.User;

/**
 * Writes the members of {@code GetAccountAuthorizationDetails}: the model's {@code UserDetail},
 * {@code GroupDetail}, {@code RoleDetail} and {@code ManagedPolicyDetail}, members in the model's
 * order, documents URL-encoded.
 */
final class AuthorizationDetailsXml {

  private final XmlWriter xml;
  private final IamBackend iam;
  private final PolicyUsage usage;

  AuthorizationDetailsXml(XmlWriter xml, IamBackend iam, PolicyUsage usage) {
    this.xml = xml;
    this.iam = iam;
    this.usage = usage;
  }

  void user(User user) {
    xml.start("member")
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.id())
        .element("Arn", user.arn())
        .element("CreateDate", user.createDate());
    inline("UserPolicyList", user.id());
    xml.start("GroupList");
    iam.groups().groupsOf(user.id()).forEach(group -> xml.element("member", group.name()));
    xml.end();
    attached(user.id());
    boundary(user.permissionsBoundary());
    user.tags().writeTo(xml);
    xml.end();
  }

  void group(Group group) {
    xml.start("member")
        .element("Path", group.path())
        .element("GroupName", group.name())
        .element("GroupId", group.id())
        .element("Arn", group.arn())
        .element("CreateDate", group.createDate());
    inline("GroupPolicyList", group.id());
    attached(group.id());
    xml.end();
  }

  void role(Role role) {
    xml.start("member")
        .element("Path", role.path())
        .element("RoleName", role.name())
        .element("RoleId", role.id())
        .element("Arn", role.arn())
        .element("CreateDate", role.createDate())
        .element(
            "AssumeRolePolicyDocument", PolicyDocuments.encoded(role.assumeRolePolicyDocument()));
    xml.start("InstanceProfileList");
    List<InstanceProfile> profiles =
        iam.instanceProfiles().holding(role.id(), new Paging(null, Integer.MAX_VALUE)).items();
    profiles.forEach(this::instanceProfile);
    xml.end();
    inline("RolePolicyList", role.id());
    attached(role.id());
    boundary(role.permissionsBoundary());
    role.tags().writeTo(xml);
    xml.start("RoleLastUsed");
    RoleLastUsed lastUsed = role.roleLastUsed();
    if (lastUsed.lastUsedDate() != null) {
      xml.element("LastUsedDate", lastUsed.lastUsedDate());
    }
    xml.optional("Region", lastUsed.region()).end();
    xml.end();
  }

  void policy(ManagedPolicy policy) {
    xml.start("member");
    PolicyXml.writeMembers(xml, policy, usage, false);
    xml.start("PolicyVersionList");
    policy.versions().forEach(v -> PolicyXml.writeVersion(xml, "member", policy, v, true));
    xml.end().end();
  }

  private void instanceProfile(InstanceProfile profile) {
    InstanceProfileXml.write(xml, "member", profile, iam, InstanceProfileXml.View.CREATED);
  }

  private void inline(String element, String holderId) {
    xml.start(element);
    for (InlinePolicy policy : iam.inlinePolicies().of(holderId)) {
      xml.start("member")
          .element("PolicyName", policy.name())
          .element("PolicyDocument", PolicyDocuments.encoded(policy.document()))
          .end();
    }
    xml.end();
  }

  private void attached(String holderId) {
    xml.start("AttachedManagedPolicies");
    iam.attachments().policiesOf(holderId).forEach(policy -> PolicyXml.writeAttached(xml, policy));
    xml.end();
  }

  private void boundary(String arn) {
    if (arn != null) {
      xml.start("PermissionsBoundary")
          .element("PermissionsBoundaryType", "PermissionsBoundaryPolicy")
          .element("PermissionsBoundaryArn", arn)
          .end();
    }
  }
}
