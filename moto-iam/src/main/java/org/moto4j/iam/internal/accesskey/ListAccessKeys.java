package org.moto4j.iam.internal.accesskey;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Page;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListAccessKeys}: the keys of the named user or of the caller, oldest first. */
public final class ListAccessKeys implements QueryAction {

  private final IamBackends backends;

  public ListAccessKeys(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    KeyOwner owner = Caller.keyOwner(userName, context, iam);
    Page<AccessKey> page = paging.page(iam.accessKeys().ownedBy(owner.id()));
    page.writeTo(result, "AccessKeyMetadata", key -> AccessKeyXml.writeMetadata(result, iam, key));
  }
}
