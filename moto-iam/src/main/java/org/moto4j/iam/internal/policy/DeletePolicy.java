package org.moto4j.iam.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code DeletePolicy}: refused while the policy is in use or has versions besides its default, as
 * AWS does.
 */
public final class DeletePolicy implements QueryAction {

  private final IamBackends backends;

  public DeletePolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    validation.check();
    backends.of(context).deletePolicy(arn);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
