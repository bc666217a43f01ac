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
import org.moto4j.iam.internal.user.User;

/** {@code ResetServiceSpecificCredential}: a new generated password; the user name stays. */
public final class ResetServiceSpecificCredential implements QueryAction {

  private final IamBackends backends;

  public ResetServiceSpecificCredential(IamBackends backends) {
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
    User user = Caller.user(userName, context, iam);
    ServiceSpecificCredential reset = iam.serviceSpecificCredentials().reset(user, id);
    ServiceSpecificCredentialXml.write(result, user.name(), reset);
  }
}
