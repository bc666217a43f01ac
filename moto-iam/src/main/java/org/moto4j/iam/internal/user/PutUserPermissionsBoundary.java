package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.policy.PolicyArns;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code PutUserPermissionsBoundary}: sets or replaces the managed policy bounding a user's
 * permissions.
 */
public final class PutUserPermissionsBoundary implements QueryAction {

  private final IamBackends backends;

  public PutUserPermissionsBoundary(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("UserName", IamShapes.USER_NAME);
    String boundary = validation.required("PermissionsBoundary", IamShapes.ARN);
    validation.check();
    PolicyArns.check(boundary);
    backends.of(context).userChanges().putUserPermissionsBoundary(name, boundary);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
