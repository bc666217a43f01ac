package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code GetUser}: the named user, or without a name the caller: the IAM user whose access key
 * signed the request, else the account root.
 */
public final class GetUser implements QueryAction {

  private final IamBackends backends;

  public GetUser(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    if (name != null) {
      UserXml.write(result, "User", iam.users().get(name), true);
      return;
    }
    Caller caller = Caller.of(context, iam);
    if (caller.user().isPresent()) {
      UserXml.write(result, "User", caller.user().get(), true);
    } else if (caller.isRoot()) {
      UserXml.writeRoot(result, iam);
    } else {
      throw IamErrors.USER_NAME_REQUIRED.exception();
    }
  }
}
