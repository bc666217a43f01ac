package org.moto4j.iam.internal.provider;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListOpenIDConnectProviderTags}: a provider's tags, a page at a time. */
public final class ListOpenIDConnectProviderTags implements QueryAction {

  private final IamBackends backends;

  public ListOpenIDConnectProviderTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("OpenIDConnectProviderArn", IamShapes.ARN);
    Paging paging = Paging.read(validation);
    validation.check();
    OpenIdConnectProvider provider = backends.of(context).openIdConnectProviders().get(arn);
    provider.tags().writePage(result, paging);
  }
}
