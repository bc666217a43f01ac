package org.moto4j.iam.internal.mfa;

import org.moto4j.core.AccountContext;
import org.moto4j.core.protocol.XmlWriter;
import org.moto4j.core.protocol.query.QueryAction;
import org.moto4j.core.protocol.query.QueryRequest;
import org.moto4j.core.protocol.query.Validation;
import org.moto4j.iam.internal.IamBackends;
import org.moto4j.iam.internal.request.IamShapes;
import org.moto4j.iam.internal.request.Paging;

/** {@code ListMFADeviceTags}: a virtual device's tags, a page at a time. */
public final class ListMFADeviceTags implements QueryAction {

  private final IamBackends backends;

  public ListMFADeviceTags(IamBackends backends) {
    this.backends = backends;
  }

  @Override
  public void handle(QueryRequest request, AccountContext context, XmlWriter result) {
    Validation validation = new Validation(request);
    String serial = validation.required("SerialNumber", IamShapes.SERIAL_NUMBER);
    Paging paging = Paging.read(validation);
    validation.check();
    VirtualMfaDevice device = backends.of(context).mfaDevices().getVirtual(serial);
    device.tags().writePage(result, paging);
  }
}
