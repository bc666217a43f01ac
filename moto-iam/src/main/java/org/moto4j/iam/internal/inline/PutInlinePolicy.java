package org.moto4j.iam.internal.inline;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.policy.PolicyDocuments;
import org.moto4j.iam.internal.policy.PolicyHolderKind;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code PutUserPolicy}, {@code PutGroupPolicy}, {@code PutRolePolicy}: adds or replaces an inline
 * policy, within the holder's size quota for all its inline policies together.
 */
public final class PutInlinePolicy implements QueryAction {

  private final IamBackends backends;
  private final PolicyHolderKind kind;

  public PutInlinePolicy(IamBackends backends, PolicyHolderKind kind) {
    this.backends = backends;
    this.kind = kind;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String holderName = validation.required(kind.member(), kind.nameShape(true));
    String name = validation.required("PolicyName", IamShapes.POLICY_NAME);
    String document = validation.required("PolicyDocument", IamShapes.POLICY_DOCUMENT);
    validation.check();
    IamBackend iam = backends.of(context);
    kind.modifiable(iam, holderName);
    PolicyDocuments.checkIdentityPolicy(document);
    iam.inlinePolicies().put(() -> kind.modifiable(iam, holderName), name, document);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
