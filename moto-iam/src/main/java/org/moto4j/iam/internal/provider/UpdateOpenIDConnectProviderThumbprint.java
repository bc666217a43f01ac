package org.moto4j.iam.internal.provider;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateOpenIDConnectProviderThumbprint}: replaces a provider's thumbprint list whole. */
public final class UpdateOpenIDConnectProviderThumbprint implements QueryAction {

  private final IamBackends backends;

  public UpdateOpenIDConnectProviderThumbprint(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String arn = validation.required("OpenIDConnectProviderArn", IamShapes.ARN);
    List<String> thumbprints = OpenIdConnectProviderInput.readThumbprints(validation, true);
    validation.check();
    List<String> checked = OpenIdConnectProviderInput.thumbprints(thumbprints);
    backends.of(context).openIdConnectProviders().setThumbprints(arn, checked);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
