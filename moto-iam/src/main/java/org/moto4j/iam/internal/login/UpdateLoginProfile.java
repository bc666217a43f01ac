package org.moto4j.iam.internal.login;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.BooleanMember;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code UpdateLoginProfile}: an administrator sets a user's password (checked against the
 * account's policy) and/or whether it must be reset at next sign-in.
 */
public final class UpdateLoginProfile implements QueryAction {

  private final IamBackends backends;

  public UpdateLoginProfile(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.required("UserName", IamShapes.USER_NAME);
    String password = validation.optional("Password", IamShapes.PASSWORD);
    Boolean reset = BooleanMember.read(request, validation, "PasswordResetRequired");
    validation.check();
    IamBackend iam = backends.of(context);
    iam.loginProfiles().update(iam.users().get(userName), password, reset);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
