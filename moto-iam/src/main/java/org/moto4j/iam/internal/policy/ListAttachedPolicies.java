package org.moto4j.iam.internal.policy;

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
 * {@code ListAttachedUserPolicies}, {@code ListAttachedGroupPolicies}, {@code
 * ListAttachedRolePolicies}: the managed policies a holder has attached, under a path prefix.
 */
public final class ListAttachedPolicies implements QueryAction {

  private final IamBackends backends;
  private final PolicyHolderKind kind;

  public ListAttachedPolicies(IamBackends backends, PolicyHolderKind kind) {
    this.backends = backends;
    this.kind = kind;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required(kind.member(), kind.nameShape(false));
    String pathPrefix = validation.optional("PathPrefix", IamShapes.POLICY_PATH);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    PolicyHolder holder = kind.get(iam, name);
    List<ManagedPolicy> attached =
        iam.attachments().policiesOf(holder.id()).stream()
            .filter(policy -> pathPrefix == null || policy.path().startsWith(pathPrefix))
            .toList();
    Page<ManagedPolicy> page = paging.page(attached);
    page.writeTo(result, "AttachedPolicies", policy -> PolicyXml.writeAttached(result, policy));
  }
}
