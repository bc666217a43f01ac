package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateUser}: renames and/or moves a user; its ARN follows, its id and keys stay. */
public final class UpdateUser implements QueryAction {

  private final IamBackends backends;

  public UpdateUser(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("UserName", IamShapes.EXISTING_USER_NAME);
    String newPath = validation.optional("NewPath", IamShapes.PATH);
    String newName = validation.optional("NewUserName", IamShapes.USER_NAME);
    validation.check();
    backends.of(context).userChanges().moveUser(name, newName, newPath);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
