package org.moto4j.iam.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetPolicy}: a managed policy, the account's or AWS's, with its attachment counts. */
public final class GetPolicy implements QueryAction {

  private final IamBackends backends;

  public GetPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    validation.check();
    IamBackend iam = backends.of(context);
    PolicyXml.write(result, "Policy", iam.policies().get(arn), PolicyUsage.of(iam), true);
  }
}
