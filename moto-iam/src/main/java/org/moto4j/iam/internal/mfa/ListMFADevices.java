package org.moto4j.iam.internal.mfa;

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

/** {@code ListMFADevices}: the devices enabled for the named user, or the caller. */
public final class ListMFADevices implements QueryAction {

  private final IamBackends backends;

  public ListMFADevices(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    Paging paging = Paging.read(validation);
    validation.check();
    IamBackend iam = backends.of(context);
    String ownerId = Caller.keyOwner(userName, context, iam).id();
    Page<MfaDevice> page = paging.page(iam.mfaDevices().enabledFor(ownerId));
    result.start("MFADevices");
    for (MfaDevice device : page.items()) {
      result.start("member");
      MfaXml.writeEnabled(result, iam, device);
      result.end();
    }
    result.end();
    page.writeTruncation(result);
  }
}
