package org.moto4j.iam.internal.inline;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.policy.PolicyHolder;
import org.moto4j.iam.internal.policy.PolicyHolderKind;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListUserPolicies}, {@code ListGroupPolicies}, {@code ListRolePolicies}: the names of a
 * holder's inline policies, by name.
 */
public final class ListInlinePolicies implements QueryAction {

  private final IamBackends backends;
  private final PolicyHolderKind kind;

  public ListInlinePolicies(IamBackends backends, PolicyHolderKind kind) {
    this.backends = backends;
    this.kind = kind;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String holderName = validation.required(kind.member(), kind.nameShape(true));
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    PolicyHolder holder = kind.get(iam, holderName);
    Page<InlinePolicy> page = paging.page(iam.inlinePolicies().of(holder.id()));
    page.writeTo(result, "PolicyNames", policy -> result.element("member", policy.name()));
  }
}
