package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListUserTags}: a user's tags in the order they were added, a page at a time. */
public final class ListUserTags implements QueryAction {

  private final IamBackends backends;

  public ListUserTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String name = validation.required("UserName", IamShapes.EXISTING_USER_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    User user = backends.of(context).users().get(name);
    user.tags().writePage(result, paging);
  }
}
