package org.moto4j.iam.internal.group;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code RemoveUserFromGroup}: ends a user's membership of a group. */
public final class RemoveUserFromGroup implements QueryAction {

  private final IamBackends backends;

  public RemoveUserFromGroup(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String groupName = validation.required("GroupName", IamShapes.GROUP_NAME);
    String userName = validation.required("UserName", IamShapes.EXISTING_USER_NAME);
    validation.check();
    backends.of(context).userChanges().removeUserFromGroup(groupName, userName);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
