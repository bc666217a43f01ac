package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.BooleanMember;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.user.User;

/**
 * {@code CreateLoginProfile}: a console password for the named user (or the calling user), which
 * must meet the account's password policy.
 */
public final class CreateLoginProfile implements QueryAction {

  private final IamBackends backends;

  public CreateLoginProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.USER_NAME);
    String password = validation.required("Password", IamShapes.PASSWORD);
    Boolean reset = BooleanMember.read(request, validation, "PasswordResetRequired");
    validation.check();
    IamBackend iam = backends.of(context);
    User user = Caller.user(userName, context, iam);
    LoginProfile profile = iam.loginProfiles().create(user, password, reset != null && reset);
    LoginProfileXml.write(result, user, profile);
  }
}
