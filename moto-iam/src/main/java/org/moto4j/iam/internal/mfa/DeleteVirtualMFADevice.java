package org.moto4j.iam.internal.mfa;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;

/** {@code DeleteVirtualMFADevice}: refused while the device is enabled for a user. */
public final class DeleteVirtualMFADevice implements QueryAction {

  private final IamBackends backends;

  public DeleteVirtualMFADevice(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String serial = validation.required("SerialNumber", IamShapes.SERIAL_NUMBER);
    validation.check();
    backends.of(context).mfaDevices().deleteVirtual(serial);
  }

  @Override
  public boolean hasResult() {
    return false;
  }
}
