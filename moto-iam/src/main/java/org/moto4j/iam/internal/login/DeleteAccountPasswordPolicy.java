package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code DeleteAccountPasswordPolicy}: back to no custom policy. */
public final class DeleteAccountPasswordPolicy implements QueryAction {

  private final IamBackends backends;

  public DeleteAccountPasswordPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    backends.of(context).loginProfiles().deletePolicy();
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
