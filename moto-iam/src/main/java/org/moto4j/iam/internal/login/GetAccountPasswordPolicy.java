package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.iam.internal.IamBackends;

/** {@code GetAccountPasswordPolicy}: the policy, or {@code NoSuchEntity} while none is set. */
public final class GetAccountPasswordPolicy implements QueryAction {

  private final IamBackends backends;

  public GetAccountPasswordPolicy(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    LoginProfiles profiles = backends.of(context).loginProfiles();
    profiles.policy().orElseThrow(profiles::noPolicy).writeTo(result);
  }
}
