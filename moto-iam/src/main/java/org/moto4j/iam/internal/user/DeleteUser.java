package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteUser}: refused while the user still has access keys, as AWS does. */
public final class DeleteUser implements QueryAction {

  private final IamBackends backends;

  public DeleteUser(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("UserName", IamShapes.EXISTING_USER_NAME);
    validation.check();
    backends.of(context).userChanges().deleteUser(name);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
