package org.moto4j.iam.internal;

import org.moto4j.iam.internal.inline.InlinePolicy;
import org.moto4j.iam.internal.instanceprofile.InstanceProfile;
import org.moto4j.iam.internal.policy.PolicyHolder;
import org.moto4j.iam.internal.policy.PolicyHolderKind;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.role.ServiceLinkedRoleName;
import org.moto4j.iam.internal.tag.Tags;

/**
 * The changes to an account's roles and instance profiles that span several of its stores
 * (policies, attachments, profiles), each atomic under the account's IAM lock, as {@link
 * IamBackend}'s own changes are.
 */
public final class RoleChanges {

  private final IamBackend iam;
  private final Object lock;

  RoleChanges(IamBackend iam, Object lock) {
    this.iam = iam;
    this.lock = lock;
  }

  /**
   * Creates a role; its permissions boundary, if it has one, must be a managed policy that exists.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for an unknown boundary
   *     policy, or {@code EntityAlreadyExists}
   */
  public Role createRole(
      String name,
      String path,
      String trustPolicy,
      String description,
      int maxSessionDuration,
      String boundary,
      Tags tags) {
    synchronized (lock) {
      iam.checkBoundaryPolicy(boundary);
      return iam.roles()
          .create(name, path, trustPolicy, description, maxSessionDuration, boundary, tags);
    }
  }

  /**
   * Sets a role's permissions boundary.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for the role or the policy,
   *     or {@code UnmodifiableEntity} for a service-linked role
   */
  public Role putRolePermissionsBoundary(String name, String boundary) {
    synchronized (lock) {
      Role role = iam.roles().get(name);
      if (role.isServiceLinked()) {
        throw IamErrors.PROTECTED_ROLE.exception(role.name());
      }
      iam.checkBoundaryPolicy(boundary);
      return iam.roles().setPermissionsBoundary(name, boundary);
    }
  }

  /**
   * Deletes a role that is not service-linked.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, {@code UnmodifiableEntity}
   *     for a service-linked role, or {@code DeleteConflict} while an instance profile holds it
   */
  public void deleteRole(String name) {
    synchronized (lock) {
      Role role = iam.roles().get(name);
      if (role.isServiceLinked()) {
        throw IamErrors.PROTECTED_ROLE.exception(role.name());
      }
      if (iam.instanceProfiles().anyHolds(role.id())) {
        throw IamErrors.ROLE_IN_INSTANCE_PROFILE.exception();
      }
      iam.checkHoldsNoPolicies(role.id());
      iam.roles().remove(role);
    }
  }

  /**
   * Deletes a service-linked role, as the service that owns it would.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, also for a role that is not
   *     service-linked
   */
  public Role deleteServiceLinkedRole(String name) {
    synchronized (lock) {
      Role role = iam.roles().get(name);
      if (!role.isServiceLinked()) {
        throw IamErrors.NO_SUCH_ROLE.exception(name);
      }
      // The service deletes its role whole: its policies go with it.
      PolicyHolder holder = PolicyHolderKind.of(role);
      for (String arn : iam.attachments().attachedTo(role.id())) {
        iam.attachments().detach(() -> holder, arn);
      }
      for (InlinePolicy policy : iam.inlinePolicies().of(role.id())) {
        iam.inlinePolicies().delete(() -> holder, policy.name());
      }
      iam.roles().remove(role);
      return role;
    }
  }

  /**
   * Creates the role a service acts through, with the AWS managed policies AWS attaches to it
   * (those moto4j knows).
   *
   * @throws org.moto4j.core.protocol.AwsException {@code InvalidInput} when the role name is taken
   */
  public Role createServiceLinkedRole(
      ServiceLinkedRoleName naming, String name, String description) {
    synchronized (lock) {
      // AWS answers a taken service role name as bad input, not as a name clash.
      if (iam.roles().find(name).isPresent()) {
        throw IamErrors.SERVICE_ROLE_NAME_TAKEN.exception(name);
      }
      Role role =
          iam.roles()
              .create(
                  name,
                  naming.path(),
                  naming.trustPolicy(),
                  description,
                  Role.DEFAULT_MAX_SESSION_DURATION,
                  null,
                  Tags.NONE);
      PolicyHolder holder = PolicyHolderKind.of(role);
      for (String arn : naming.policyArns()) {
        String inPartition = arn.replaceFirst("^arn:aws:", "arn:" + iam.partition() + ":");
        if (iam.policies().find(inPartition).isPresent()) {
          iam.attachments().attach(() -> holder, inPartition);
        }
      }
      return role;
    }
  }

  /**
   * Puts a role into an instance profile.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for either, {@code
   *     UnmodifiableEntity} for a service-linked role, or {@code LimitExceeded} when the profile
   *     holds a role already
   */
  public InstanceProfile addRoleToInstanceProfile(String profileName, String roleName) {
    synchronized (lock) {
      iam.instanceProfiles().get(profileName);
      Role role = iam.roles().get(roleName);
      if (role.isServiceLinked()) {
        throw IamErrors.PROTECTED_ROLE.exception(role.name());
      }
      return iam.instanceProfiles().addRole(profileName, role.id());
    }
  }

  /**
   * Takes a role out of an instance profile.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for either, or when the
   *     profile does not hold the role
   */
  public InstanceProfile removeRoleFromInstanceProfile(String profileName, String roleName) {
    synchronized (lock) {
      iam.instanceProfiles().get(profileName);
      Role role = iam.roles().get(roleName);
      return iam.instanceProfiles().removeRole(profileName, role.id(), role.name());
    }
  }

  /**
   * Deletes an instance profile.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code DeleteConflict}
   *     while it holds a role
   */
  public void deleteInstanceProfile(String name) {
    synchronized (lock) {
      InstanceProfile profile = iam.instanceProfiles().get(name);
      if (!profile.roleIds().isEmpty()) {
        throw IamErrors.INSTANCE_PROFILE_HAS_ROLES.exception();
      }
      iam.instanceProfiles().remove(profile);
    }
  }
}
