package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteUserPermissionsBoundary}: removes a user's permissions boundary, if it has one. */
public final class DeleteUserPermissionsBoundary implements QueryAction {

  private final IamBackends backends;

  public DeleteUserPermissionsBoundary(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("UserName", IamShapes.USER_NAME);
    validation.check();
    backends.of(context).users().setPermissionsBoundary(name, null);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
