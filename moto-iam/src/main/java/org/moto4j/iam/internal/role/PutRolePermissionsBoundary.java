package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.policy.PolicyArns;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code PutRolePermissionsBoundary}: sets or replaces the managed policy bounding a role's
 * permissions.
 */
public final class PutRolePermissionsBoundary implements QueryAction {

  private final IamBackends backends;

  public PutRolePermissionsBoundary(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    String boundary = validation.required("PermissionsBoundary", IamShapes.ARN);
    validation.check();
    PolicyArns.check(boundary);
    backends.of(context).roleChanges().putRolePermissionsBoundary(name, boundary);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
