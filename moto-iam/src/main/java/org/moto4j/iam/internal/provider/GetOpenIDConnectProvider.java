package org.moto4j.iam.internal.provider;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code GetOpenIDConnectProvider}: a provider's URL, client ids, thumbprints and tags. */
public final class GetOpenIDConnectProvider implements QueryAction {

  private final IamBackends backends;

  public GetOpenIDConnectProvider(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("OpenIDConnectProviderArn", IamShapes.ARN);
    validation.check();
    OpenIdConnectProviderXml.write(result, backends.of(context).openIdConnectProviders().get(arn));
  }
}
