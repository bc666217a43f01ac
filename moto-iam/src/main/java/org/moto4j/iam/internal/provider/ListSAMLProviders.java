package org.moto4j.iam.internal.provider;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code ListSAMLProviders}: every provider of the account with its dates (no paging). */
public final class ListSAMLProviders implements QueryAction {

  private final IamBackends backends;

  public ListSAMLProviders(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    result.start("SAMLProviderList");
    for (SamlProvider provider : backends.of(context).samlProviders().all()) {
      result
          .start("member")
          .element("Arn", provider.arn())
          .element("ValidUntil", provider.validUntil())
          .element("CreateDate", provider.createDate())
          .end();
    }
    result.end();
  }
}
