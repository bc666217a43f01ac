package org.moto4j.iam.internal.policy;

import org.moto4j.core.protocol.XmlWriter;

/** Writes the model's {@code Policy}, {@code PolicyVersion} and {@code AttachedPolicy}. */
public final class PolicyXml {

  private PolicyXml() {}

  /**
   * Writes {@code policy} as element {@code element}; {@code full} adds the description and tags,
   * which AWS leaves out of listings.
   */
  public static void write(
      XmlWriter xml, String element, ManagedPolicy policy, PolicyUsage usage, boolean full) {
    xml.start(element);
    writeMembers(xml, policy, usage, full);
    xml.end();
  }

  /** Writes the members of a {@code Policy} (and the head of a {@code ManagedPolicyDetail}). */
  static void writeMembers(XmlWriter xml, ManagedPolicy policy, PolicyUsage usage, boolean full) {
    xml.element("PolicyName", policy.name())
        .element("PolicyId", policy.id())
        .element("Arn", policy.arn())
        .element("Path", policy.path())
        .element("DefaultVersionId", policy.defaultVersionId())
        .element("AttachmentCount", usage.attachmentCount(policy.arn()))
        .element("PermissionsBoundaryUsageCount", usage.boundaryCount(policy.arn()))
        .element("IsAttachable", true);
    if (full) {
      xml.optional("Description", policy.description());
    }
    xml.element("CreateDate", policy.createDate()).element("UpdateDate", policy.updateDate());
    if (full) {
      policy.tags().writeTo(xml);
    }
  }

  /**
   * Writes a version as element {@code element}; {@code withDocument} adds its document,
   * URL-encoded, which only {@code GetPolicyVersion} and the authorization details carry.
   */
  public static void writeVersion(
      XmlWriter xml,
      String element,
      ManagedPolicy policy,
      PolicyVersion version,
      boolean withDocument) {
    xml.start(element);
    if (withDocument) {
      xml.element("Document", PolicyDocuments.encoded(version.document()));
    }
    xml.element("VersionId", version.versionId())
        .element("IsDefaultVersion", version.versionId().equals(policy.defaultVersionId()))
        .element("CreateDate", version.createDate())
        .end();
  }

  /** Writes {@code <member><PolicyName/><PolicyArn/></member>}. */
  public static void writeAttached(XmlWriter xml, ManagedPolicy policy) {
    xml.start("member")
        .element("PolicyName", policy.name())
        .element("PolicyArn", policy.arn())
        .end();
  }
}
