package org.moto4j.iam.internal.provider;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code AddClientIDToOpenIDConnectProvider}: adds an audience; adding one twice is harmless. */
public final class AddClientIDToOpenIDConnectProvider implements QueryAction {

  private final IamBackends backends;

  public AddClientIDToOpenIDConnectProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("OpenIDConnectProviderArn", IamShapes.ARN);
    String clientId = validation.required("ClientID", IamShapes.CLIENT_ID);
    validation.check();
    backends.of(context).openIdConnectProviders().addClientId(arn, clientId);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
