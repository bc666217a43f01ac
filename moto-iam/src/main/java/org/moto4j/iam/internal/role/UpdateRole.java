package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateRole}: sets a role's description and/or maximum session duration. */
public final class UpdateRole implements QueryAction {

  private final IamBackends backends;

  public UpdateRole(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    String description = validation.optional("Description", IamShapes.ROLE_DESCRIPTION);
    Integer maxSession =
        validation.integer("MaxSessionDuration", IamShapes.ROLE_MAX_SESSION_DURATION);
    validation.check();
    Roles roles = backends.of(context).roles();
    Role role = roles.get(name);
    // A service may let its linked role's description change, nothing else.
    if (role.isServiceLinked() && maxSession != null) {
      throw IamErrors.SERVICE_LINKED_ROLE_SESSION_DURATION.exception(role.name());
    }
    roles.update(name, description, maxSession);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
