package org.moto4j.iam.internal.account;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code EnableOutboundWebIdentityFederation}: turns JWT vending on; answers the issuer URL. */
public final class EnableOutboundWebIdentityFederation implements QueryAction {

  private final IamBackends backends;

  public EnableOutboundWebIdentityFederation(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    String issuer = backends.of(context).settings().enableOutboundFederation();
    result.element("IssuerIdentifier", issuer);
  }
}
