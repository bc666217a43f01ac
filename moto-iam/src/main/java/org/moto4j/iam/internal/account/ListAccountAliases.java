package org.moto4j.iam.internal.account;

import java.util.List;
import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListAccountAliases}: the account's alias, if it has one, in a paged list. */
public final class ListAccountAliases implements QueryAction {

  private final IamBackends backends;

  public ListAccountAliases(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    Paging paging = Paging.read(validation);
    validation.check();
    List<String> aliases = backends.aliases().of(context.account()).stream().toList();
    Page<String> page = paging.page(aliases);
    page.writeTo(result, "AccountAliases", alias -> result.element("member", alias));
  }
}
