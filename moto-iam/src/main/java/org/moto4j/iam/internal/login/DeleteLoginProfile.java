package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteLoginProfile}: removes a user's console password. */
public final class DeleteLoginProfile implements QueryAction {

  private final IamBackends backends;

  public DeleteLoginProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.loginProfiles().delete(Caller.user(userName, context, iam));
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
