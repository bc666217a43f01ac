package org.moto4j.iam.internal.servicecredential;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.user.User;

/**
 * {@code CreateServiceSpecificCredential}: a user name ({@code NAME-at-ACCOUNT}) and generated
 * password for CodeCommit or Keyspaces, or an API key for Bedrock.
 */
public final class CreateServiceSpecificCredential implements QueryAction {

  private final IamBackends backends;

  public CreateServiceSpecificCredential(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.USER_NAME);
    String serviceName = validation.required("ServiceName", IamShapes.SERVICE_NAME);
    Integer ageDays = validation.integer("CredentialAgeDays", IamShapes.CREDENTIAL_AGE_DAYS);
    validation.check();
    IamBackend iam = backends.of(context);
    User user = iam.users().get(userName);
    ServiceSpecificCredential credential =
        iam.serviceSpecificCredentials().create(user, serviceName, ageDays);
    ServiceSpecificCredentialXml.write(result, user.name(), credential);
  }
}
