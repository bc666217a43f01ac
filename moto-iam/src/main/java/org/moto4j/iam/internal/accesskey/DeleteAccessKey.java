package org.moto4j.iam.internal.accesskey;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteAccessKey}: forgets a key and revokes it from the credential registry. */
public final class DeleteAccessKey implements QueryAction {

  private final IamBackends backends;

  public DeleteAccessKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    String keyId = validation.required("AccessKeyId", IamShapes.ACCESS_KEY_ID);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.deleteAccessKey(Caller.keyOwner(userName, context, iam), keyId);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
