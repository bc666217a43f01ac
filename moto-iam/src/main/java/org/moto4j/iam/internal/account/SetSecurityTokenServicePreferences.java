package org.moto4j.iam.internal.account;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code SetSecurityTokenServicePreferences}: the version of the session tokens STS's global
 * endpoint issues for the account, shown as {@code GlobalEndpointTokenVersion} in {@code
 * GetAccountSummary}.
 */
public final class SetSecurityTokenServicePreferences implements QueryAction {

  private final IamBackends backends;

  public SetSecurityTokenServicePreferences(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String version =
        validation.required("GlobalEndpointTokenVersion", IamShapes.GLOBAL_ENDPOINT_TOKEN_VERSION);
    validation.check();
    backends.of(context).settings().globalEndpointTokenVersion(version);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
