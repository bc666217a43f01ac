package org.moto4j.iam.internal.servicecredential;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.CredentialStatus;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateServiceSpecificCredential}: makes a credential {@code Active} or not. */
public final class UpdateServiceSpecificCredential implements QueryAction {

  private final IamBackends backends;

  public UpdateServiceSpecificCredential(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    String id =
        validation.required(
            "ServiceSpecificCredentialId", IamShapes.SERVICE_SPECIFIC_CREDENTIAL_ID);
    String status = validation.required("Status", IamShapes.STATUS);
    validation.check();
    boolean active = CredentialStatus.isActive(status);
    IamBackend iam = backends.of(context);
    iam.serviceSpecificCredentials().setActive(Caller.user(userName, context, iam), id, active);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
