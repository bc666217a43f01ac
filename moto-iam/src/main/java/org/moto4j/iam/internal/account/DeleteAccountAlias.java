package org.moto4j.iam.internal.account;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteAccountAlias}: frees the account's alias for any account to take. */
public final class DeleteAccountAlias implements QueryAction {

  private final IamBackends backends;

  public DeleteAccountAlias(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String alias = validation.required("AccountAlias", IamShapes.ACCOUNT_ALIAS);
    validation.check();
    backends.aliases().delete(context.account(), alias);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
