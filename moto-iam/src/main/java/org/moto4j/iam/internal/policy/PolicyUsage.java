package org.moto4j.iam.internal.policy;

import java.util.HashMap;
import java.util.Map;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.user.User;

/**
 * How one account uses its managed policies, read once per request: how many users, groups and
 * roles each is attached to ({@code AttachmentCount}) and how many users and roles have it as
 * permissions boundary ({@code PermissionsBoundaryUsageCount}).
 */
public final class PolicyUsage {

  private final Attachments attachments;
  private final Map<String, Integer> boundaries;

  private PolicyUsage(Attachments attachments, Map<String, Integer> boundaries) {
    this.attachments = attachments;
    this.boundaries = boundaries;
  }

  /** The usage of {@code iam}'s policies as it is now. */
  public static PolicyUsage of(IamBackend iam) {
    Map<String, Integer> boundaries = new HashMap<>();
    for (User user : iam.users().all()) {
      if (user.permissionsBoundary() != null) {
        boundaries.merge(user.permissionsBoundary(), 1, Integer::sum);
      }
    }
    for (Role role : iam.roles().all()) {
      if (role.permissionsBoundary() != null) {
        boundaries.merge(role.permissionsBoundary(), 1, Integer::sum);
      }
    }
    return new PolicyUsage(iam.attachments(), boundaries);
  }

  /** How many users, groups and roles the policy is attached to. */
  public int attachmentCount(String arn) {
    return attachments.count(arn);
  }

  /** How many users and roles have the policy as permissions boundary. */
  public int boundaryCount(String arn) {
    return boundaries.getOrDefault(arn, 0);
  }

  /** Whether anything uses the policy, attached or as boundary. */
  public boolean isUsed(String arn) {
    return attachmentCount(arn) > 0 || boundaryCount(arn) > 0;
  }
}
