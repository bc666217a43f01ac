package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateRoleDescription}: sets a role's description and answers the role. */
public final class UpdateRoleDescription implements QueryAction {

  private final IamBackends backends;

  public UpdateRoleDescription(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    String description = validation.required("Description", IamShapes.ROLE_DESCRIPTION);
    validation.check();
    Role role = backends.of(context).roles().update(name, description, null);
    RoleXml.write(result, "Role", role, RoleXml.View.DESCRIBED);
  }
}
