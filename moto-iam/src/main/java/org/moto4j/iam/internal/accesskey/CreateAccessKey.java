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

/**
 * {@code CreateAccessKey}: a new active key for the named user, or the caller (a user, or the root
 * for root credentials); requests signed with it then act in the account as its owner.
 */
public final class CreateAccessKey implements QueryAction {

  private final IamBackends backends;

  public CreateAccessKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    AccessKey key = iam.createAccessKey(Caller.keyOwner(userName, context, iam));
    AccessKeyXml.writeWithSecret(result, iam, key);
  }
}
