package org.moto4j.iam.internal.accesskey;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.Caller;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.IamErrors;
import org.moto4j.iam.internal.request.IamShapes;

/**
 * {@code UpdateAccessKey}: makes a key {@code Active} or {@code Inactive}. An inactive key is
 * revoked from the credential registry, so requests signed with it no longer act as its owner;
 * reactivating registers it again.
 */
public final class UpdateAccessKey implements QueryAction {

  private final IamBackends backends;

  public UpdateAccessKey(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    String keyId = validation.required("AccessKeyId", IamShapes.ACCESS_KEY_ID);
    String status = validation.required("Status", IamShapes.STATUS);
    validation.check();
    AccessKey.Status newStatus =
        switch (status) {
          case "Active" -> AccessKey.Status.ACTIVE;
          case "Inactive" -> AccessKey.Status.INACTIVE;
          default -> throw IamErrors.INVALID_ACCESS_KEY_STATUS.exception(status);
        };
    IamBackend iam = backends.of(context);
    iam.updateAccessKey(Caller.keyOwner(userName, context, iam), keyId, newStatus);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
