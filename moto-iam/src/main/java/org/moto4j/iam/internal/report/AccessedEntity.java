package org.moto4j.iam.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.user.User;

/**
 * The entity a service-last-accessed report is generated for, found by its ARN: a user, group or
 * role of the account, or a managed policy; and the policy documents that give it permissions.
 */
final class AccessedEntity {

  private AccessedEntity() {}

  /**
   * The documents of the policies that apply to the entity with this ARN.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for an ARN of another kind,
   *     {@code NoSuchEntity} for an entity the account does not have
   */
  static List<String> policyDocuments(IamBackend iam, String arn) {
    String resource = resource(iam, arn);
    List<String> documents = new ArrayList<>();
    if (resource.startsWith("user/")) {
      User user = iam.users().findByArn(arn).orElseThrow(() -> missing(arn));
      holderDocuments(iam, user.id(), documents);
      for (Group group : iam.groups().groupsOf(user.id())) {
        holderDocuments(iam, group.id(), documents);
      }
    } else if (resource.startsWith("group/")) {
      Group group =
          iam.groups().all().stream()
              .filter(candidate -> candidate.arn().equals(arn))
              .findFirst()
              .orElseThrow(() -> missing(arn));
      holderDocuments(iam, group.id(), documents);
    } else if (resource.startsWith("role/")) {
      Role role = iam.roles().findByArn(arn).orElseThrow(() -> missing(arn));
      holderDocuments(iam, role.id(), documents);
    } else if (resource.startsWith("policy/")) {
      ManagedPolicy policy = iam.policies().find(arn).orElseThrow(() -> missing(arn));
      documents.add(policy.defaultVersion().document());
    } else {
      throw IamErrors.INVALID_ACCESS_ENTITY_ARN.exception(arn);
    }
    return documents;
  }

  /** Adds the documents of a user's, group's or role's inline and attached policies. */
  private static void holderDocuments(IamBackend iam, String holderId, List<String> documents) {
    for (InlinePolicy inline : iam.inlinePolicies().of(holderId)) {
      documents.add(inline.document());
    }
    for (ManagedPolicy attached : iam.attachments().policiesOf(holderId)) {
      documents.add(attached.defaultVersion().document());
    }
  }

  /**
   * The part of an IAM ARN after {@code iam::<account>:}, checked to be this account's or AWS's.
   */
  private static String resource(IamBackend iam, String arn) {
    String prefix = "arn:" + iam.partition() + ":iam::";
    if (!arn.startsWith(prefix)) {
      throw IamErrors.INVALID_ACCESS_ENTITY_ARN.exception(arn);
    }
    String rest = arn.substring(prefix.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw IamErrors.INVALID_ACCESS_ENTITY_ARN.exception(arn);
    }
    String owner = rest.substring(0, colon);
    String resource = rest.substring(colon + 1);
    boolean awsPolicy = owner.equals("aws") && resource.startsWith("policy/");
    if (!awsPolicy && !owner.equals(iam.account().value())) {
      throw missing(arn);
    }
    return resource;
  }

  private static RuntimeException missing(String arn) {
    return IamErrors.NO_SUCH_ACCESS_ENTITY.exception(arn);
  }
}
