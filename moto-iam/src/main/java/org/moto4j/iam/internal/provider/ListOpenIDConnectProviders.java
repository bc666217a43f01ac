package org.moto4j.iam.internal.provider;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code ListOpenIDConnectProviders}: the ARN of every provider of the account (no paging). */
public final class ListOpenIDConnectProviders implements QueryAction {

  private final IamBackends backends;

  public ListOpenIDConnectProviders(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    result.start("OpenIDConnectProviderList");
    for (OpenIdConnectProvider provider : backends.of(context).openIdConnectProviders().all()) {
      result.start("member").element("Arn", provider.arn()).end();
    }
    result.end();
  }
}
