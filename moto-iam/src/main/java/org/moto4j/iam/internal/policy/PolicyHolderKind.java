package org.moto4j.iam.internal.policy;

import java.util.Optional;
import org.moto4j.core.protocol.AwsException;
import org.moto4j.core.protocol.query.Shape;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.user.User;

/**
 * The three kinds of IAM identity that hold policies, and what differs between them: the request
 * member naming one, their quotas, and where they are stored.
 */
public enum PolicyHolderKind {
  USER("user", "UserName", "PoliciesPerUser", 2048),
  GROUP("group", "GroupName", "PoliciesPerGroup", 5120),
  ROLE("role", "RoleName", "PoliciesPerRole", 10240);

  /** How many managed policies one holder may have attached. */
  public static final int MAX_ATTACHED = 10;

  private final String word;
  private final String member;
  private final String attachedQuota;
  private final int inlineSizeQuota;

  PolicyHolderKind(String word, String member, String attachedQuota, int inlineSizeQuota) {
    this.word = word;
    this.member = member;
    this.attachedQuota = attachedQuota;
    this.inlineSizeQuota = inlineSizeQuota;
  }

  /** The kind as AWS's messages name it: {@code user}, {@code group}, {@code role}. */
  public String word() {
    return word;
  }

  /** The request member naming a holder: {@code UserName}, {@code GroupName}, {@code RoleName}. */
  public String member() {
    return member;
  }

  /** The kind as {@code PolicyGrantingServiceAccess.EntityType} writes it. */
  public String entityType() {
    return name();
  }

  /** The quota AWS names when too many managed policies are attached. */
  public String attachedQuota() {
    return attachedQuota;
  }

  /** The most characters (white space aside) a holder's inline policies may have together. */
  public int inlineSizeQuota() {
    return inlineSizeQuota;
  }

  /**
   * The model shape of the holder's name in requests of {@code operation}: the inline user policy
   * operations take {@code existingUserNameType}, every other one {@code userNameType}.
   */
  public Shape nameShape(boolean inline) {
    return switch (this) {
      case USER -> inline ? IamShapes.EXISTING_USER_NAME : IamShapes.USER_NAME;
      case GROUP -> IamShapes.GROUP_NAME;
      case ROLE -> IamShapes.ROLE_NAME;
    };
  }

  /**
   * The holder of this kind named {@code name}.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity} when there is none
   */
  public PolicyHolder get(IamBackend iam, String name) {
    return switch (this) {
      case USER -> of(iam.users().get(name));
      case GROUP -> of(iam.groups().get(name));
      case ROLE -> of(iam.roles().get(name));
    };
  }

  /**
   * The holder of this kind named {@code name}, which the request may change.
   *
   * @throws org.moto4j.core.protocol.AwsException {@code NoSuchEntity}, or {@code
   *     UnmodifiableEntity} for a service-linked role, which only its service may change
   */
  public PolicyHolder modifiable(IamBackend iam, String name) {
    if (this == ROLE) {
      Role role = iam.roles().get(name);
      if (role.isServiceLinked()) {
        throw IamErrors.PROTECTED_ROLE.exception(role.name());
      }
      return of(role);
    }
    return get(iam, name);
  }

  /** The {@code NoSuchEntity} AWS answers for a holder of this kind named {@code name}. */
  public AwsException noSuch(String name) {
    return switch (this) {
      case USER -> IamErrors.NO_SUCH_USER.exception(name);
      case GROUP -> IamErrors.NO_SUCH_GROUP.exception(name);
      case ROLE -> IamErrors.NO_SUCH_ROLE.exception(name);
    };
  }

  /** The holder of this kind with unique id {@code id}, if it still exists. */
  public Optional<PolicyHolder> byId(IamBackend iam, String id) {
    return switch (this) {
      case USER -> iam.users().findById(id).map(PolicyHolderKind::of);
      case GROUP -> iam.groups().findById(id).map(PolicyHolderKind::of);
      case ROLE -> iam.roles().findById(id).map(PolicyHolderKind::of);
    };
  }

  /** The user as a policy holder. */
  public static PolicyHolder of(User user) {
    return new PolicyHolder(USER, user.id(), user.name(), user.path(), user.arn());
  }

  /** The group as a policy holder. */
  public static PolicyHolder of(Group group) {
    return new PolicyHolder(GROUP, group.id(), group.name(), group.path(), group.arn());
  }

  /** The role as a policy holder. */
  public static PolicyHolder of(Role role) {
    return new PolicyHolder(ROLE, role.id(), role.name(), role.path(), role.arn());
  }
}
