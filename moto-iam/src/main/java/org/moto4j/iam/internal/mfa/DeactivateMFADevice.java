package org.moto4j.iam.internal.mfa;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackend;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeactivateMFADevice}: unassigns a device; a virtual one stays in the account. */
public final class DeactivateMFADevice implements QueryAction {

  private final IamBackends backends;

  public DeactivateMFADevice(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String userName = validation.optional("UserName", IamShapes.EXISTING_USER_NAME);
    String serial = validation.required("SerialNumber", IamShapes.SERIAL_NUMBER);
    validation.check();
    IamBackend iam = backends.of(context);
    iam.mfaDevices().deactivate(userName == null ? null : iam.users().get(userName), serial);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
