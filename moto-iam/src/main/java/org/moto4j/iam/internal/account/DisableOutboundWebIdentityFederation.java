package org.moto4j.iam.internal.account;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code DisableOutboundWebIdentityFederation}: turns JWT vending off; the issuer URL stays. */
public final class DisableOutboundWebIdentityFederation implements QueryAction {

  private final IamBackends backends;

  public DisableOutboundWebIdentityFederation(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    backends.of(context).settings().disableOutboundFederation();
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
