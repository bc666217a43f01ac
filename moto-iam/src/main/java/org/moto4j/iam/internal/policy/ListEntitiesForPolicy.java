package org.moto4j.iam.internal.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListEntitiesForPolicy}: the groups, users and roles a managed policy is attached to (as a
 * permissions policy) or bounds (as a permissions boundary), each kind by name.
 */
public final class ListEntitiesForPolicy implements QueryAction {

  private static final Comparator<PolicyHolder> BY_KIND_AND_NAME =
      Comparator.comparing((PolicyHolder holder) -> order(holder.kind()))
          .thenComparing(PolicyHolder::name, String.CASE_INSENSITIVE_ORDER);

  private final IamBackends backends;

  public ListEntitiesForPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    String entityFilter = validation.optional("EntityFilter", IamShapes.ENTITY_TYPE);
    String pathPrefix = validation.optional("PathPrefix", IamShapes.PATH);
    String usageFilter = validation.optional("PolicyUsageFilter", IamShapes.POLICY_USAGE);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    ManagedPolicy policy = iam.policies().get(arn);
    List<PolicyHolder> entities = new ArrayList<>();
    if (!"PermissionsBoundary".equals(usageFilter)) {
      iam.attachments()
          .holdersOf(policy.arn())
          .forEach((id, kind) -> kind.byId(iam, id).ifPresent(entities::add));
    }
    if (!"PermissionsPolicy".equals(usageFilter)) {
      bounded(iam, policy.arn(), entities);
    }
    List<PolicyHolder> kept =
        entities.stream()
            .distinct()
            .filter(holder -> matches(entityFilter, holder, policy))
            .filter(holder -> pathPrefix == null || holder.path().startsWith(pathPrefix))
            .sorted(BY_KIND_AND_NAME)
            .toList();
    Page<PolicyHolder> page = paging.page(kept);
    write(result, "PolicyGroups", "Group", PolicyHolderKind.GROUP, page.items());
    write(result, "PolicyUsers", "User", PolicyHolderKind.USER, page.items());
    write(result, "PolicyRoles", "Role", PolicyHolderKind.ROLE, page.items());
    page.writeTruncation(result);
  }

  /** Adds the users and roles whose permissions boundary is {@code arn}. */
  private static void bounded(IamBackend iam, String arn, List<PolicyHolder> entities) {
    iam.users().all().stream()
        .filter(user -> arn.equals(user.permissionsBoundary()))
        .forEach(user -> entities.add(PolicyHolderKind.of(user)));
    iam.roles().all().stream()
        .filter(role -> arn.equals(role.permissionsBoundary()))
        .forEach(role -> entities.add(PolicyHolderKind.of(role)));
  }

  /**
   * Whether {@code EntityFilter} keeps the holder: {@code User}, {@code Group} and {@code Role}
   * keep that kind; {@code LocalManagedPolicy} and {@code AWSManagedPolicy} keep every holder of a
   * policy of that kind, and none of the other.
   */
  private static boolean matches(String filter, PolicyHolder holder, ManagedPolicy policy) {
    if (filter == null) {
      return true;
    }
    return switch (filter) {
      case "User" -> holder.kind() == PolicyHolderKind.USER;
      case "Group" -> holder.kind() == PolicyHolderKind.GROUP;
      case "Role" -> holder.kind() == PolicyHolderKind.ROLE;
      case "AWSManagedPolicy" -> policy.awsManaged();
      default -> !policy.awsManaged();
    };
  }

  private static void write(
      XmlWriter xml, String list, String prefix, PolicyHolderKind kind, List<PolicyHolder> page) {
    xml.start(list);
    for (PolicyHolder holder : page) {
      if (holder.kind() == kind) {
        xml.start("member")
            .element(prefix + "Name", holder.name())
            .element(prefix + "Id", holder.id())
            .end();
      }
    }
    xml.end();
  }

  private static int order(PolicyHolderKind kind) {
    return switch (kind) {
      case GROUP -> 0;
      case USER -> 1;
      case ROLE -> 2;
    };
  }
}
