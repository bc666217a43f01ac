package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.user.User;

/** {@code GetLoginProfile}: when a user's console password was set, never the password. */
public final class GetLoginProfile implements QueryAction {

  private final IamBackends backends;

  public GetLoginProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    validation.check();
    IamBackend iam = backends.of(context);
    User user = Caller.user(userName, context, iam);
    LoginProfileXml.write(result, user, iam.loginProfiles().get(user));
  }
}
