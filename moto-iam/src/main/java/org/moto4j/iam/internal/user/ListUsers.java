package org.moto4j.iam.internal.user;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListUsers}: the account's users under a path prefix, by name, a page at a time. */
public final class ListUsers implements QueryAction {

  private final IamBackends backends;

  public ListUsers(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String pathPrefix = validation.optional("PathPrefix", IamShapes.PATH_PREFIX);
    Paging paging = Paging.read(validation);
    validation.check();
    Page<User> page =
        backends.of(context).users().list(pathPrefix == null ? "/" : pathPrefix, paging);
    page.writeTo(result, "Users", user -> UserXml.write(result, "member", user, false));
  }
}
