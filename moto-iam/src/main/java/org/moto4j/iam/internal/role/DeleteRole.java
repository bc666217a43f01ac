package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code DeleteRole}: refused while an instance profile holds the role, and for service-linked
 * roles.
 */
public final class DeleteRole implements QueryAction {

  private final IamBackends backends;

  public DeleteRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    validation.check();
    backends.of(context).roleChanges().deleteRole(name);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
