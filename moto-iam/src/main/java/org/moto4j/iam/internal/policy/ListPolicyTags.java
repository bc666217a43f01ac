package org.moto4j.iam.internal.policy;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListPolicyTags}: a policy's tags in the order they were added, a page at a time. */
public final class ListPolicyTags implements QueryAction {

  private final IamBackends backends;

  public ListPolicyTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("PolicyArn", IamShapes.ARN);
    Paging paging = Paging.read(validation);
    validation.check();
    ManagedPolicy policy = backends.of(context).policies().get(arn);
    policy.tags().writePage(result, paging);
  }
}
