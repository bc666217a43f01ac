package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListRoleTags}: a role's tags in the order they were added, a page at a time. */
public final class ListRoleTags implements QueryAction {

  private final IamBackends backends;

  public ListRoleTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("RoleName", IamShapes.ROLE_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    Role role = backends.of(context).roles().get(name);
    role.tags().writePage(result, paging);
  }
}
