package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteRolePermissionsBoundary}: removes a role's permissions boundary, if it has one. */
public final class DeleteRolePermissionsBoundary implements QueryAction {

  private final IamBackends backends;

  public DeleteRolePermissionsBoundary(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    validation.check();
    Roles roles = backends.of(context).roles();
    Role role = roles.get(name);
    if (role.isServiceLinked()) {
      throw IamErrors.PROTECTED_ROLE.exception(role.name());
    }
    roles.setPermissionsBoundary(name, null);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
