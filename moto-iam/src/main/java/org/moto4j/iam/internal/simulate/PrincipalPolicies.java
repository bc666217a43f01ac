package org.moto4j.iam.internal.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moto4j.core.policy.PolicyKind;
import org.moto4j.core.policy.PolicySource;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.policy.ManagedPolicy;
import org.moto4j.iam.internal.policy.PolicyHolder;
import org.moto4j.iam.internal.policy.PolicyHolderKind;
import org.moto4j.iam.internal.user.User;

/**
 * The policies of the user, group or role a simulation names with {@code PolicySourceArn}: its
 * inline and attached policies (for a user, also its groups'), and its permissions boundary.
 *
 * @param holder the user, group or role
 * @param identity its identity policies, in IAM's order: inline, attached, then its groups'
 * @param boundary its permissions boundary, or null
 */
record PrincipalPolicies(PolicyHolder holder, List<PolicySource> identity, PolicySource boundary) {

  /**
   * The policies of the entity {@code arn} names.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} for an ARN that names no
   *     user, group or role of the account; {@code NoSuchEntity} for one that does not exist
   */
  static PrincipalPolicies of(IamBackend iam, String arn, PolicyExclusions exclusions) {
    PolicyHolder holder = holder(iam, arn);
    List<PolicySource> identity = new ArrayList<>();
    add(iam, holder, identity, exclusions);
    String boundaryArn = null;
    if (holder.kind() == PolicyHolderKind.USER) {
      User user = iam.users().findById(holder.id()).orElseThrow();
      boundaryArn = user.permissionsBoundary();
      for (Group group : iam.groups().groupsOf(user.id())) {
        add(iam, PolicyHolderKind.of(group), identity, exclusions);
      }
    } else if (holder.kind() == PolicyHolderKind.ROLE) {
      boundaryArn = iam.roles().findById(holder.id()).orElseThrow().permissionsBoundary();
    }
    PolicySource boundary = null;
    if (boundaryArn != null && !exclusions.excludesBoundary()) {
      Optional<ManagedPolicy> policy = iam.policies().find(boundaryArn);
      if (policy.isPresent()) {
        boundary = managed(policy.get());
      }
    }
    return new PrincipalPolicies(holder, identity, boundary);
  }

  private static void add(
      IamBackend iam, PolicyHolder holder, List<PolicySource> into, PolicyExclusions exclusions) {
    for (InlinePolicy inline : iam.inlinePolicies().of(holder.id())) {
      if (!exclusions.excludesInline(holder, inline.name())) {
        into.add(
            new PolicySource(
                inline.name(),
                holder.kind().word(),
                InputPolicies.document(inline.document(), PolicyKind.IDENTITY)));
      }
    }
    for (ManagedPolicy policy : iam.attachments().policiesOf(holder.id())) {
      if (!exclusions.excludesManaged(policy)) {
        into.add(managed(policy));
      }
    }
  }

  private static PolicySource managed(ManagedPolicy policy) {
    return new PolicySource(
        policy.name(),
        policy.awsManaged() ? "aws-managed" : "user-managed",
        InputPolicies.document(policy.defaultVersion().document(), PolicyKind.IDENTITY));
  }

  /** The user, group or role of the account that {@code arn} names. */
  static PolicyHolder holder(IamBackend iam, String arn) {
    String[] parts = arn.split(":", 6);
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("iam")
        || !parts[4].equals(iam.account().value())) {
      throw IamErrors.INVALID_ENTITY_ARN.exception(arn);
    }
    String resource = parts[5];
    int slash = resource.indexOf('/');
    String type = slash < 0 ? resource : resource.substring(0, slash);
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    PolicyHolder holder =
        switch (type) {
          case "user" -> PolicyHolderKind.USER.get(iam, name);
          case "group" -> PolicyHolderKind.GROUP.get(iam, name);
          case "role" -> PolicyHolderKind.ROLE.get(iam, name);
          default -> throw IamErrors.INVALID_ENTITY_ARN.exception(arn);
        };
    if (!holder.arn().equals(arn)) {
      // the name exists at another path
      throw switch (holder.kind()) {
        case USER -> IamErrors.NO_SUCH_USER.exception(name);
        case GROUP -> IamErrors.NO_SUCH_GROUP.exception(name);
        case ROLE -> IamErrors.NO_SUCH_ROLE.exception(name);
      };
    }
    return holder;
  }
}
