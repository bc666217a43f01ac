package org.moto4j.iam.internal;

import org.moto4j.iam.internal.accesskey.KeyOwner;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.group.Groups;
import org.moto4j.iam.internal.user.User;

/**
 * The changes to an account's users and groups that span several of its stores (keys, groups,
 * policies, credentials), each atomic under the account's IAM lock, as {@link IamBackend}'s own
 * changes are.
 */
public final class UserChanges {

  private final IamBackend iam;
  private final Object lock;

  UserChanges(IamBackend iam, Object lock) {
    this.iam = iam;
    this.lock = lock;
  }

  /**
   * Deletes a user.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code DeleteConflict}
   *     while it has access keys
   */
  public void deleteUser(String name) {
    synchronized (lock) {
      User user = iam.users().get(name);
      if (!iam.accessKeys().ownedBy(user.id()).isEmpty()) {
        throw IamErrors.USER_HAS_ACCESS_KEYS.exception();
      }
      if (!iam.groups().groupsOf(user.id()).isEmpty()) {
        throw IamErrors.USER_IN_GROUPS.exception();
      }
      iam.checkHoldsNoPolicies(user.id());
      checkHoldsNoCredentials(user.id());
      iam.users().remove(user);
    }
  }

  /** Refuses to delete a user that still has credentials besides access keys, as AWS does. */
  private void checkHoldsNoCredentials(String userId) {
    if (iam.loginProfiles().has(userId)) {
      throw IamErrors.USER_HAS_LOGIN_PROFILE.exception();
    }
    if (!iam.mfaDevices().enabledFor(userId).isEmpty()) {
      throw IamErrors.USER_HAS_MFA_DEVICES.exception();
    }
    if (!iam.sshPublicKeys().ownedBy(userId).isEmpty()) {
      throw IamErrors.USER_HAS_SSH_PUBLIC_KEYS.exception();
    }
    if (!iam.signingCertificates().ownedBy(userId).isEmpty()) {
      throw IamErrors.USER_HAS_SIGNING_CERTIFICATES.exception();
    }
    if (!iam.serviceSpecificCredentials().ownedBy(userId).isEmpty()) {
      throw IamErrors.USER_HAS_SERVICE_SPECIFIC_CREDENTIALS.exception();
    }
  }

  /** Renames and/or moves a user; its keys then act as its new ARN. */
  public User moveUser(String name, String newName, String newPath) {
    synchronized (lock) {
      User moved = iam.users().move(name, newName, newPath);
      iam.accessKeys().ownerChanged(KeyOwner.of(iam.account(), moved));
      return moved;
    }
  }

  /**
   * Sets a user's permissions boundary.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for the user or the policy
   */
  public User putUserPermissionsBoundary(String name, String boundary) {
    synchronized (lock) {
      iam.users().get(name);
      iam.checkBoundaryPolicy(boundary);
      return iam.users().setPermissionsBoundary(name, boundary);
    }
  }

  /**
   * Deletes a group.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code DeleteConflict}
   *     while it has members
   */
  public void deleteGroup(String name) {
    synchronized (lock) {
      Groups groups = iam.groups();
      Group group = groups.get(name);
      if (!groups.memberIds(group.id()).isEmpty()) {
        throw IamErrors.GROUP_HAS_USERS.exception();
      }
      iam.checkHoldsNoPolicies(group.id());
      groups.remove(group);
    }
  }

  /**
   * Adds a user to a group; adding a member again changes nothing.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for either, or {@code
   *     LimitExceeded} past ten groups per user
   */
  public void addUserToGroup(String groupName, String userName) {
    synchronized (lock) {
      Groups groups = iam.groups();
      Group group = groups.get(groupName);
      User user = iam.users().get(userName);
      if (groups.isMember(group.id(), user.id())) {
        return;
      }
      if (groups.groupsOf(user.id()).size() >= Groups.MAX_PER_USER) {
        throw IamErrors.GROUPS_PER_USER.exception(Groups.MAX_PER_USER);
      }
      groups.addMember(group.id(), user.id());
    }
  }

  /**
   * Removes a user from a group; removing a user that is no member changes nothing.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} for either
   */
  public void removeUserFromGroup(String groupName, String userName) {
    synchronized (lock) {
      Group group = iam.groups().get(groupName);
      User user = iam.users().get(userName);
      iam.groups().removeMember(group.id(), user.id());
    }
  }
}
