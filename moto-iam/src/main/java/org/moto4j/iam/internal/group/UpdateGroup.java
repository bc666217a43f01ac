package org.moto4j.iam.internal.group;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code UpdateGroup}: renames and/or moves a group; its ARN follows, its id and members stay. */
public final class UpdateGroup implements QueryAction {

  private final IamBackends backends;

  public UpdateGroup(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("GroupName", IamShapes.GROUP_NAME);
    String newPath = validation.optional("NewPath", IamShapes.PATH);
    String newName = validation.optional("NewGroupName", IamShapes.GROUP_NAME);
    validation.check();
    backends.of(context).groups().move(name, newName, newPath);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
