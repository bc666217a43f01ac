package org.moto4j.iam.internal.group;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteGroup}: refused while the group has members, as AWS does. */
public final class DeleteGroup implements QueryAction {

  private final IamBackends backends;

  public DeleteGroup(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("GroupName", IamShapes.GROUP_NAME);
    validation.check();
    backends.of(context).userChanges().deleteGroup(name);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
