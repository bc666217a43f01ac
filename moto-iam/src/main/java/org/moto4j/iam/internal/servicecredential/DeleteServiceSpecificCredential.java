package org.moto4j.iam.internal.servicecredential;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteServiceSpecificCredential}: removes a credential of the named user or caller. */
public final class DeleteServiceSpecificCredential implements QueryAction {

  private final IamBackends backends;

  public DeleteServiceSpecificCredential(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    String id =
        validation.required(
            "ServiceSpecificCredentialId", IamShapes.SERVICE_SPECIFIC_CREDENTIAL_ID);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.serviceSpecificCredentials().delete(Caller.user(userName, context, iam), id);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
