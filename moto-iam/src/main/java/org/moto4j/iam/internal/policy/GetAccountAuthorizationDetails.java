package org.moto4j.iam.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.group.Group;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;
import org.moto4j.iam.internal.role.Role;
import org.moto4j.iam.internal.user.User;

/**
 * {@code GetAccountAuthorizationDetails}: every user, group and role of the account with its
 * policies, and the managed policies: the account's own and those of AWS's in use. {@code MaxItems}
 * counts entities of any kind; a page may thus hold some of each.
 */
public final class GetAccountAuthorizationDetails implements QueryAction {

  private static final Set<String> ALL =
      Set.of("User", "Group", "Role", "LocalManagedPolicy", "AWSManagedPolicy");

  private final IamBackends backends;

  public GetAccountAuthorizationDetails(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    List<String> filter =
        validation.strings("Filter", IamShapes.ENTITY_LIST, IamShapes.ENTITY_TYPE, false);
    Paging paging = Paging.read(validation);
    validation.check();
    Set<String> kinds = filter == null || filter.isEmpty() ? ALL : Set.copyOf(filter);
    IamBackend iam = backends.of(context);
    PolicyUsage usage = PolicyUsage.of(iam);
    List<Object> entities = new ArrayList<>();
    if (kinds.contains("User")) {
      entities.addAll(iam.users().all());
    }
    if (kinds.contains("Group")) {
      entities.addAll(iam.groups().all());
    }
    if (kinds.contains("Role")) {
      entities.addAll(iam.roles().all());
    }
    for (ManagedPolicy policy : iam.policies().all()) {
      boolean wanted =
          policy.awsManaged()
              ? kinds.contains("AWSManagedPolicy") && usage.isUsed(policy.arn())
              : kinds.contains("LocalManagedPolicy");
      if (wanted) {
        entities.add(policy);
      }
    }
    Page<Object> page = paging.page(entities);
    AuthorizationDetailsXml details = new AuthorizationDetailsXml(result, iam, usage);
    result.start("UserDetailList");
    page.items().stream().filter(User.class::isInstance).forEach(user -> details.user((User) user));
    result.end().start("GroupDetailList");
    page.items().stream()
        .filter(Group.class::isInstance)
        .forEach(group -> details.group((Group) group));
    result.end().start("RoleDetailList");
    page.items().stream().filter(Role.class::isInstance).forEach(role -> details.role((Role) role));
    result.end().start("Policies");
    page.items().stream()
        .filter(ManagedPolicy.class::isInstance)
        .forEach(policy -> details.policy((ManagedPolicy) policy));
    result.end();
    page.writeTruncation(result);
  }
}
