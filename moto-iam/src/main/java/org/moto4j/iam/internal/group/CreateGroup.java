package org.moto4j.iam.internal.group;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code CreateGroup}: a new group, its name unique in the account whatever its case. */
public final class CreateGroup implements QueryAction {

  private final IamBackends backends;

  public CreateGroup(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String path = validation.optional("Path", IamShapes.PATH);
    String name = validation.required("GroupName", IamShapes.GROUP_NAME);
    validation.check();
    Group group = backends.of(context).groups().create(name, path == null ? "/" : path);
    GroupXml.write(result, "Group", group);
  }
}
