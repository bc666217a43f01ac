package org.moto4j.s3.internal.acl;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.s3.AccessControlList;
import org.moto4j.s3.AccessControlList.Grant;
import org.moto4j.s3.AccessControlList.Grantee;
import org.moto4j.s3.AccessControlList.GranteeType;
import org.moto4j.s3.AccessControlList.Permission;
import org.moto4j.s3.S3Errors;
import org.moto4j.s3.S3Service;
import org.moto4j.s3.internal.XmlBodies;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@code AccessControlPolicy} document: read from PutBucketAcl and PutObjectAcl bodies, written
 * by GetBucketAcl and GetObjectAcl. Owners and grantees carry no {@code DisplayName}: AWS stopped
 * returning it in 2025 (the model no longer documents it).
 */
public final class AclDocuments {

  /** The namespace of {@code xsi:type}. */
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private AclDocuments() {}

  /**
   * The grants of a body, or {@code null} when the body is empty.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code MalformedACLError} for anything that is
   *     not an AccessControlPolicy with an owner and well-formed grants; {@code InvalidArgument}
   *     for a grantee S3 cannot resolve, {@code MethodNotAllowed} for an e-mail grantee
   */
  public static AccessControlList read(java.io.InputStream body) {
    Element root;
    try {
      root = XmlBodies.read(body, "AccessControlPolicy").orElse(null);
    } catch (AwsException e) {
      throw S3Errors.MALFORMED_ACL.exception();
    }
    if (root == null) {
      return null;
    }
    Element owner = child(root, "Owner");
    if (owner == null || child(owner, "ID") == null) {
      throw S3Errors.MALFORMED_ACL.exception();
    }
    List<Grant> grants = new ArrayList<>();
    Element list = child(root, "AccessControlList");
    if (list != null) {
      for (Element grant : children(list, "Grant")) {
        grants.add(grant(grant));
      }
    }
    return AccessControlList.of(grants);
  }

  private static Grant grant(Element grant) {
    Element grantee = child(grant, "Grantee");
    Element permission = child(grant, "Permission");
    if (grantee == null || permission == null) {
      throw S3Errors.MALFORMED_ACL.exception();
    }
    Permission granted;
    try {
      granted = Permission.valueOf(permission.getTextContent().trim());
    } catch (IllegalArgumentException e) {
      throw S3Errors.MALFORMED_ACL.exception();
    }
    String type = grantee.getAttributeNS(XSI, "type");
    GranteeType granteeType;
    try {
      granteeType = GranteeType.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw S3Errors.MALFORMED_ACL.exception();
    }
    String element =
        switch (granteeType) {
          case CanonicalUser -> "ID";
          case Group -> "URI";
          case AmazonCustomerByEmail -> "EmailAddress";
        };
    Element value = child(grantee, element);
    if (value == null) {
      throw S3Errors.MALFORMED_ACL.exception();
    }
    return new Grant(AclHeaders.of(granteeType, value.getTextContent().trim()), granted);
  }

  /** The {@code AccessControlPolicy} GetBucketAcl and GetObjectAcl answer. */
  public static String write(String ownerId, List<Grant> grants) {
    XmlWriter xml = XmlWriter.document().start("AccessControlPolicy", S3Service.NAMESPACE);
    xml.start("Owner").element("ID", ownerId).end();
    xml.start("AccessControlList");
    for (Grant grant : grants) {
      xml.start("Grant");
      Grantee grantee = grant.grantee();
      xml.startWithAttributes("Grantee", "xmlns:xsi", XSI, "xsi:type", grantee.type().name());
      switch (grantee.type()) {
        case CanonicalUser -> xml.element("ID", grantee.value());
        case Group -> xml.element("URI", grantee.value());
        case AmazonCustomerByEmail -> xml.element("EmailAddress", grantee.value());
      }
      xml.end();
      xml.element("Permission", grant.permission().name());
      xml.end();
    }
    return xml.end().end().toXml();
  }

  private static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }
}
