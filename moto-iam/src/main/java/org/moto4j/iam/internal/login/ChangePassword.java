package org.moto4j.iam.internal.login;

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
import org.moto4j.iam.internal.user.User;

/**
 * {@code ChangePassword}: the IAM user that signed the request changes its own password. The root
 * and role sessions have no IAM password to change ({@code InvalidUserType}, as AWS answers).
 */
public final class ChangePassword implements QueryAction {

  private final IamBackends backends;

  public ChangePassword(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String oldPassword = validation.required("OldPassword", IamShapes.PASSWORD);
    String newPassword = validation.required("NewPassword", IamShapes.PASSWORD);
    validation.check();
    IamBackend iam = backends.of(context);
    User user =
        Caller.of(context, iam)
            .user()
            .orElseThrow(IamErrors.PASSWORD_CHANGE_BY_NON_USER::exception);
    iam.loginProfiles().changePassword(user, oldPassword, newPassword);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
