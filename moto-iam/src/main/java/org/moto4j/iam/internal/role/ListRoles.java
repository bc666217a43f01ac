package org.moto4j.iam.internal.role;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/**
 * {@code ListRoles}: the account's roles under a path prefix, by name, a page at a time; without
 * boundary, tags or last use, as AWS lists them.
 */
public final class ListRoles implements QueryAction {

  private final IamBackends backends;

  public ListRoles(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String pathPrefix = validation.optional("PathPrefix", IamShapes.PATH_PREFIX);
    Paging paging = Paging.read(validation);
    validation.check();
    Page<Role> page =
        backends.of(context).roles().list(pathPrefix == null ? "/" : pathPrefix, paging);
    page.writeTo(
        result, "Roles", role -> RoleXml.write(result, "member", role, RoleXml.View.LISTED));
  }
}
