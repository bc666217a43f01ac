package org.moto4j.iam.internal.account;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code GetOutboundWebIdentityFederationInfo}: the account's issuer URL and whether it vends. */
public final class GetOutboundWebIdentityFederationInfo implements QueryAction {

  private final IamBackends backends;

  public GetOutboundWebIdentityFederationInfo(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    AccountSettings.OutboundFederation federation =
        backends.of(context).settings().outboundFederation();
    result
        .element("IssuerIdentifier", federation.issuer())
        .element("JwtVendingEnabled", federation.enabled());
  }
}
