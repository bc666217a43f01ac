package org.moto4j.iam.internal.inline;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.policy.PolicyHolderKind;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteUserPolicy}, {@code DeleteGroupPolicy}, {@code DeleteRolePolicy}. */
public final class DeleteInlinePolicy implements QueryAction {

  private final IamBackends backends;
  private final PolicyHolderKind kind;

  public DeleteInlinePolicy(IamBackends backends, PolicyHolderKind kind) {
    this.backends = backends;
    this.kind = kind;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String holderName = validation.required(kind.member(), kind.nameShape(true));
    String name = validation.required("PolicyName", IamShapes.POLICY_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.inlinePolicies().delete(() -> kind.modifiable(iam, holderName), name);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
