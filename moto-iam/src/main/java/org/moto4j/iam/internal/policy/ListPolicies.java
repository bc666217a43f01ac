package org.moto4j.iam.internal.policy;

import java.util.function.Predicate;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.BooleanMember;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListPolicies}: the managed policies the account sees (its own, {@code Local}; AWS's,
 * {@code AWS}; or both), by name, under a path prefix, optionally only those in use.
 */
public final class ListPolicies implements QueryAction {

  private final IamBackends backends;

  public ListPolicies(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String scope = validation.optional("Scope", IamShapes.POLICY_SCOPE);
    String pathPrefix = validation.optional("PathPrefix", IamShapes.POLICY_PATH);
    String usageFilter = validation.optional("PolicyUsageFilter", IamShapes.POLICY_USAGE);
    boolean onlyAttached =
        Boolean.TRUE.equals(BooleanMember.read(request, validation, "OnlyAttached"));
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    PolicyUsage usage = PolicyUsage.of(iam);
    Predicate<ManagedPolicy> filter = inScope(scope == null ? "All" : scope);
    if (pathPrefix != null) {
      filter = filter.and(policy -> policy.path().startsWith(pathPrefix));
    }
    if (onlyAttached) {
      filter = filter.and(inUse(usage, usageFilter));
    }
    Page<ManagedPolicy> page = iam.policies().list(filter, paging);
    page.writeTo(
        result, "Policies", policy -> PolicyXml.write(result, "member", policy, usage, false));
  }

  private static Predicate<ManagedPolicy> inScope(String scope) {
    return switch (scope) {
      case "AWS" -> ManagedPolicy::awsManaged;
      case "Local" -> policy -> !policy.awsManaged();
      default -> policy -> true;
    };
  }

  /** In use as {@code usageFilter} says: attached, as a boundary, or (no filter) either. */
  private static Predicate<ManagedPolicy> inUse(PolicyUsage usage, String usageFilter) {
    if ("PermissionsPolicy".equals(usageFilter)) {
      return policy -> usage.attachmentCount(policy.arn()) > 0;
    }
    if ("PermissionsBoundary".equals(usageFilter)) {
      return policy -> usage.boundaryCount(policy.arn()) > 0;
    }
    return policy -> usage.isUsed(policy.arn());
  }
}
